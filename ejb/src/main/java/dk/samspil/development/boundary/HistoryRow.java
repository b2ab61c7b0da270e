package dk.samspil.development.boundary;

import dk.samspil.enrolment.entity.EnrolmentStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** One course in a person's history. */
public record HistoryRow(String courseCode, String courseTitle, EnrolmentStatus status, LocalDate from,
                         LocalDate to, int ects) implements Serializable {

    /** Withdrawn, rejected or cancelled: it ended without a course taken. */
    public boolean ended() {
        return status == EnrolmentStatus.REJECTED || status == EnrolmentStatus.WITHDRAWN
                || status == EnrolmentStatus.CANCELLED;
    }
}
