package dk.samspil.enrolment.boundary;

import dk.samspil.enrolment.entity.EnrolmentStatus;

/** What became of an enrolment at once: confirmed, awaiting a leader, or waitlisted at {@code position}. */
public record EnrolmentOutcome(String courseCode, EnrolmentStatus status, long position) {
}
