package dk.samspil.shared.web;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports: formulas are neutralised in CSV and never become formulas in XLSX; numbers and dates stay typed. */
class TableExportTest {

    private static final TableExport TABLE = TableExport.withHeader(List.of("Navn", "Plads", "Tilmeldt"))
            .row("=HYPERLINK(\"http://x\")", 3L, LocalDate.of(2026, 8, 14))
            .row("Søren Ærø; Åby", null, null);

    @Test
    void aCellThatLooksLikeAFormulaIsNeverRunBySpreadsheets() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", TableExport.csvCell("=HYPERLINK(\"x\")"));
        assertEquals("'+45 12 34", TableExport.csvCell("+45 12 34"));
        assertEquals("'-1", TableExport.csvCell("-1"));
        assertEquals("'@SUM(A1)", TableExport.csvCell("@SUM(A1)"));
        assertEquals("Anne Ærø", TableExport.csvCell("Anne Ærø"));
        assertEquals("\"Skole; afdeling\"", TableExport.csvCell("Skole; afdeling"));
    }

    @Test
    void csvIsSemicolonSeparatedUtf8WithAByteOrderMark() {
        String csv = new String(TABLE.csv(), StandardCharsets.UTF_8);
        assertEquals("\uFEFFNavn;Plads;Tilmeldt\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\";3;2026-08-14\r\n"
                + "\"Søren Ærø; Åby\";;\r\n", csv);
    }

    @Test
    void xlsxKeepsTextAsTextAndNumbersAndDatesTyped() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TABLE.xlsx("KURSUS-1")))) {
            Sheet sheet = workbook.getSheet("KURSUS-1");
            assertEquals("Navn", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(3.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2)));
            assertEquals(LocalDate.of(2026, 8, 14), sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Søren Ærø; Åby", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(null, sheet.getRow(2).getCell(1));
            assertEquals(2, sheet.getLastRowNum());
        }
    }
}
