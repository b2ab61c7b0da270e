package dk.samspil.enrolment.boundary;

import dk.samspil.enrolment.entity.EnrolmentStatus;

import java.time.LocalDateTime;

/** One of the caller's enrolments, in the reader's language. */
public record EnrolmentRow(String courseCode, String courseTitle, EnrolmentStatus status, String place,
                           LocalDateTime startsAt) {
}
