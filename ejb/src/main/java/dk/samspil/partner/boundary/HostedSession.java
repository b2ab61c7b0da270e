package dk.samspil.partner.boundary;

import java.io.Serializable;

import java.time.LocalDateTime;

/** A session the caller's organisation hosts, with how many participants to expect. */
public record HostedSession(long id, String courseCode, String courseTitle, String moduleTitle,
                            LocalDateTime startsAt, LocalDateTime endsAt, String room, long participants) implements Serializable {
}
