package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.CourseStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One session in the consultants' calendar, in the reader's language. */
public record CalendarEntry(long sessionId, String courseCode, String courseTitle, CourseStatus status, String moduleTitle,
                            LocalDateTime startsAt, LocalDateTime endsAt, long roomId, String room,
                            String facilitators) implements Serializable {
}
