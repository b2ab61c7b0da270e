package dk.samspil.people.boundary;

import java.io.Serializable;

import dk.samspil.shared.BusinessException.Detail;

import java.util.List;

/**
 * A CSV file of institutions checked row by row. It is saved only when every row is fine
 * ({@code saved}); one refused row and nothing is saved, so a file is never half-imported.
 */
public record InstitutionImportReport(boolean saved, List<Row> rows) implements Serializable {

    /** {@code line} is the row as a spreadsheet numbers it (the header is 1); {@code problem} is null for a good row. */
    public record Row(long line, String number, String name, String municipalityCode, Detail problem) implements Serializable {
    }

    public long refused() {
        return rows.stream().filter(r -> r.problem() != null).count();
    }
}
