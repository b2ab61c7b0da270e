package dk.samspil.enrolment.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One of the caller's coming sessions, in the reader's language, with where it takes place. */
public record UpcomingSession(String courseCode, String courseTitle, String moduleTitle, LocalDateTime startsAt,
                              LocalDateTime endsAt, String place, String room) implements Serializable {
}
