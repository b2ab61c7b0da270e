package dk.samspil.enrolment.boundary;

import java.io.Serializable;

import java.time.LocalDateTime;

/** A staff member's enrolment waiting for the leader: who, where they work, which course and why. */
public record PendingApproval(long id, String name, String institution, String courseCode, String courseTitle,
                              LocalDateTime firstSession, String motivation, LocalDateTime requestedAt) implements Serializable {
}
