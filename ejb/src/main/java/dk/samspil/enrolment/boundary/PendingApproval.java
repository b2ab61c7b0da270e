package dk.samspil.enrolment.boundary;

import java.io.Serializable;

import java.time.LocalDateTime;

/**
 * A staff member's enrolment waiting for the leader: who, where they work, which course and why;
 * whether the course is paid for by an institution (the leader may give the payer's reference for the
 * place), whether the institution requires that reference, and the reference given so far.
 */
public record PendingApproval(long id, String name, String institution, String courseCode, String courseTitle,
                              LocalDateTime firstSession, String motivation, LocalDateTime requestedAt,
                              boolean referenceAsked, boolean referenceRequired, String payerReference)
        implements Serializable {
}
