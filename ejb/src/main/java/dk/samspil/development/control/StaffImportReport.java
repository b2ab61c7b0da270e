package dk.samspil.development.control;

import java.io.Serializable;

import dk.samspil.people.entity.JobFunction;
import dk.samspil.shared.BusinessException.Detail;

import java.util.List;

/**
 * A staff file checked against an institution, row by row: before saving ({@code saved} false) what
 * each row would do, afterwards what it did. Rows with a problem change nothing; staff missing from
 * the file are listed as {@code DEACTIVATE} when the leader asked for that.
 */
public record StaffImportReport(String institution, boolean saved, List<Row> rows) implements Serializable {

    public enum Outcome { NEW, UPDATE, UNCHANGED, DEACTIVATE, REFUSED }

    /** {@code line} is the row in the file (0 for a person missing from it). */
    public record Row(long line, String email, String name, JobFunction jobFunction, Outcome outcome, Detail problem) implements Serializable {
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
