package dk.samspil.enrolment.boundary;

import java.io.Serializable;

import dk.samspil.enrolment.entity.EnrolmentStatus;

/** A member of the leader's staff, and their current enrolment on the course (null: none). */
public record Nominee(long accountId, String name, String institution, EnrolmentStatus status) implements Serializable {
}
