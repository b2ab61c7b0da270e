package dk.samspil.shared;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CSV files as Danish spreadsheets and HR systems write them, and the ones that are no table at all. */
class CsvTableTest {

    private static String firstCell(byte[] content) {
        CsvTable table = CsvTable.read(content, 10);
        return CsvTable.cell(table.lines().get(0), table.column("e-mail"));
    }

    @Test
    void semicolonsCommasAndTabsAreAllRead() {
        assertEquals("søren@skole.example", firstCell("Navn;E-mail\nSøren;søren@skole.example".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a@b.example", firstCell("Name,Email\n\"Berg, Jonas\",a@b.example".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a@b.example", firstCell("Navn\tE-MAIL\nJonas\t a@b.example ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aByteOrderMarkOrWindows1252IsUnderstood() {
        assertEquals("åse@skole.example",
                firstCell("\uFEFFE-mail\r\nåse@skole.example\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("åse@skole.example",
                firstCell("E-mail;Navn\r\nåse@skole.example;Åse Ærø\r\n".getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void rowsKeepTheirSpreadsheetNumberAndBlankRowsAreLeftOut() {
        CsvTable table = CsvTable.read("E-mail;Navn\na@x.example;A\n\n;\nb@x.example;B\n".getBytes(StandardCharsets.UTF_8), 10);
        assertEquals(List.of(2L, 5L), table.lines().stream().map(CsvLine::number).toList());
        assertEquals("", CsvTable.cell(new CsvLine(9, List.of("x")), 3), "a short row has empty cells");
    }

    @Test
    void aFileThatIsNoTableIsRefusedWithAReason() {
        assertEquals("common.csv.empty", refusal(new byte[0]));
        assertEquals("common.csv.empty", refusal("E-mail\n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("common.csv.too-large", refusal(new byte[CsvTable.MAX_BYTES + 1]));
        assertEquals("common.csv.too-many-rows", refusal("E-mail\na\nb\nc\n".getBytes(StandardCharsets.UTF_8), 2));
        assertEquals("common.csv.unreadable", refusal("E-mail\n\"a@b.example\n".getBytes(StandardCharsets.UTF_8)));
        CsvTable noEmail = CsvTable.read("Navn;Skole\nAnne;Fjordskolen".getBytes(StandardCharsets.UTF_8), 10);
        assertEquals("common.csv.missing-column",
                assertThrows(InvalidCsvException.class, () -> noEmail.column("E-mail", "mail")).messageKey());
        assertEquals("file", new InvalidCsvException("common.csv.empty").field());
    }

    private static String refusal(byte[] content) {
        return refusal(content, 10);
    }

    private static String refusal(byte[] content, int maxRows) {
        return assertThrows(InvalidCsvException.class, () -> CsvTable.read(content, maxRows)).messageKey();
    }
}
