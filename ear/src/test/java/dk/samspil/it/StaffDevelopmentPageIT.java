package dk.samspil.it;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A leader finds an employee, agrees a goal the employee sees and comments on, and exports the staff table. */
class StaffDevelopmentPageIT extends BrowserJourney {

    @Test
    void aLeaderAgreesAGoalTheEmployeeSeesAndExportsTheStaff() throws IOException {
        long school = db.institution("Udviklingsskolen");
        String leader = db.account("Leder Lind", school, "LEADER");
        db.lead(leader, school);
        db.account("Bo Bøgh", school, "PARTICIPANT");
        String employee = "ea-" + TestDatabase.unique() + "@test.example";
        Path staffFile = Files.createTempFile(Path.of("target"), "personale-", ".csv");
        Files.writeString(staffFile, "Navn;E-mail;Funktion\nEa Ærenpris;" + employee + ";lærer\n"
                + "Formel;=1+1;lærer\n", StandardCharsets.UTF_8);
        String theme = db.theme();
        var course = db.course("PUBLISHED", 10, theme, LocalDate.now().plusDays(40));

        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.open("/leader/my-staff.xhtml");
        browser.clickAndWait("#import-link");
        browser.assertAccessible();
        new Select(browser.find("#import\\:institution")).selectByVisibleText(
                (String) db.value("SELECT name FROM institution WHERE id = ?", school));
        browser.upload("#import\\:file", staffFile);
        browser.clickAndWait("#import\\:preview");
        assertTrue(browser.find("#import\\:summary").getText().startsWith("Nye: 1"), browser.text());
        assertTrue(browser.find("#import\\:rows").getText().contains("regnearksformel"), "the formula row is refused");
        browser.assertAccessible();
        browser.clickAndWait("#import\\:confirm");
        assertTrue(browser.find("#messages").getText().startsWith("Gemt. Nye: 1"), browser.text());
        db.update("UPDATE account SET password_hash = (SELECT h FROM (SELECT password_hash AS h FROM account WHERE email = ?) x) "
                + "WHERE email = ?", leader, employee);

        var withdrawnFrom = db.course("PUBLISHED", 10);
        db.enrol(withdrawnFrom, employee, "WITHDRAWN");
        var taking = db.course("PUBLISHED", 10);
        db.enrol(taking, employee, "CONFIRMED");

        browser.open("/leader/my-staff.xhtml?institution=" + school);
        assertEquals("Medarbejdere: 2", browser.find("#count").getText());
        assertEquals("2", browser.find("#participation tbody tr td:nth-child(2)").getText(), "the chart's table: two staff");
        assertEquals(1, browser.findAll("#participation-chart canvas").size());
        browser.assertAccessible();
        browser.find("#q").sendKeys("ærenpris");
        browser.clickAndWait("#apply");
        assertEquals("Medarbejdere: 1", browser.find("#count").getText());
        browser.clickAndWait("#staff a.person");
        assertEquals("Ea Ærenpris", browser.heading());
        String history = browser.find("#history").getText();
        assertTrue(history.contains(taking.titleDa()) && !history.contains(withdrawnFrom.titleDa()), history);
        assertEquals("Frameldte og afviste (1)", browser.find("#history-ended summary").getText(), "the withdrawal is folded away");

        browser.find("#agree\\:goal-text").sendKeys("Samarbejde med spejderne om udeskole");
        new Select(browser.find("#agree\\:goal-theme")).selectByVisibleText("Tema " + theme);
        browser.fill("#agree\\:goal-due", LocalDate.now().plusMonths(3).toString());
        browser.clickAndWait("#agree\\:save");
        assertTrue(browser.find("#messages").getText().startsWith("Målet er gemt"), browser.text());
        browser.assertAccessible();

        browser.open("/leader/my-staff.xhtml?institution=" + school);
        Path xlsx = browser.download("#export\\:xlsx", ".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "a header and the two staff");
            assertEquals("Bo Bøgh", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Ea Ærenpris", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(1.0, sheet.getRow(2).getCell(4).getNumericCellValue(), "one course in progress");
            assertEquals(1.0, sheet.getRow(2).getCell(9).getNumericCellValue(), "one open goal");
        }
        browser.assertNoJavaScriptErrors();
        browser.logOut();

        browser.logIn(employee, TestDatabase.PASSWORD);
        browser.clickAndWait("#menu-my-goals");
        assertTrue(browser.text().contains("Samarbejde med spejderne om udeskole"), browser.text());
        assertTrue(browser.find(".suggestions").getText().contains(course.titleDa()), "a course on the goal's theme");
        browser.find("#goals\\:goal\\:0\\:comment").sendKeys("Jeg har talt med spejderlederen.");
        browser.clickAndWait("#goals\\:goal\\:0\\:send");
        assertTrue(browser.text().contains("Jeg har talt med spejderlederen."), browser.text());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }
}
