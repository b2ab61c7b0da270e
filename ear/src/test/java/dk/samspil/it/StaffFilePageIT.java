package dk.samspil.it;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consultant enrols staff from a CSV file: preview, confirm, and the list downloaded as XLSX. */
class StaffFilePageIT extends BrowserJourney {

    @Test
    void aConsultantChecksAFileThenEnrolsTheValidRowsAndDownloadsTheList() throws IOException {
        var course = db.course("PUBLISHED", 10);
        String anne = db.account("Anne Ærø", null, "PARTICIPANT");
        String bo = db.account("Bo Østergård", null, "PARTICIPANT");
        Path file = Files.createTempFile(Path.of("target"), "medarbejdere-", ".csv");
        Files.writeString(file, "Navn;E-mail\nAnne;" + anne + "\nBo;" + bo + "\nUkendt;findes.ikke@test.example\n",
                StandardCharsets.UTF_8);

        browser.logIn(db.account("Konsulent Berg", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-enrolments.xhtml?code=" + course.code());
        browser.clickAndWait("#bulk\\:preview");
        assertTrue(browser.find("#bulk").getText().contains("Vælg en CSV-fil"), browser.text());

        browser.upload("#bulk\\:file", file);
        browser.clickAndWait("#bulk\\:preview");
        assertTrue(browser.find("#bulk\\:bulk-summary").getText().startsWith("2 rækker kan tilmeldes, 1 har fejl"),
                browser.text());
        assertTrue(browser.find("#bulk\\:rows").getText().contains("Der er ingen konto med denne e-mail."));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM enrolment WHERE course_id = ?", course.id()),
                "nothing is saved before the consultant confirms");
        browser.assertAccessible();

        browser.clickAndWait("#bulk\\:confirm");
        assertTrue(browser.find("#messages").getText().contains("2 tilmeldt, 1 ikke tilmeldt"), browser.text());
        assertEquals("2 / 10", browser.find("#count-confirmed").getText());
        assertTrue(browser.find("#list\\:enrolments").getText().contains("Bo Østergård"));

        Path xlsx = browser.download("#export\\:xlsx", ".xlsx");
        assertEquals(List.of("Anne Ærø", "Bo Østergård"), namesIn(xlsx));
        browser.assertNoJavaScriptErrors();
    }

    private static List<String> namesIn(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Navn", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> names = new ArrayList<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                names.add(sheet.getRow(row).getCell(0).getStringCellValue());
            }
            return names;
        }
    }
}
