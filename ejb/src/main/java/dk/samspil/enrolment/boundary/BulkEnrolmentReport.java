package dk.samspil.enrolment.boundary;

import java.io.Serializable;

import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.shared.BusinessException.Detail;

import java.util.List;

/**
 * A CSV file of staff checked against a course, row by row: before saving ({@code saved} false) what
 * each row would become, afterwards what it became. A row with a {@code problem} is never enrolled.
 */
public record BulkEnrolmentReport(String courseCode, boolean saved, List<Row> rows) implements Serializable {

    /** {@code line} is the row's line in the file; {@code position} the place in line when waitlisted. */
    public record Row(long line, String email, String name, EnrolmentStatus status, long position, Detail problem) implements Serializable {

        public boolean accepted() {
            return problem == null;
        }
    }

    public long accepted() {
        return rows.stream().filter(Row::accepted).count();
    }

    public long rejected() {
        return rows.size() - accepted();
    }
}
