package dk.samspil.development.boundary;

import dk.samspil.enrolment.entity.EnrolmentStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** One course in a person's history. */
public record HistoryRow(String courseCode, String courseTitle, EnrolmentStatus status, LocalDate from,
                         LocalDate to, int ects) implements Serializable {

    /** Withdrawn, rejected or cancelled (no longer active): it ended without a course taken. */
    public boolean ended() {
        return !status.isActive();
    }
}
