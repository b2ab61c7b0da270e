package dk.samspil.shared;

import java.util.List;

/**
 * One data row; {@code number} is its row as a spreadsheet shows the file (the header is 1), so a
 * report can point at it. Blank rows are left out but still counted.
 */
public record CsvLine(long number, List<String> cells) {
}
