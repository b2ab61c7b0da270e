package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consultant's semester report renders its tables, accessibly, in both languages. */
class ReportsPageIT extends BrowserJourney {

    @Test
    void aConsultantReadsTheSemesterReport() {
        var course = db.course("PUBLISHED", 10);
        browser.logIn(db.account("Konsulent Rapport", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.clickAndWait("#menu-reports");
        assertTrue(browser.heading().startsWith("Semesterrapport"), browser.heading());
        LocalDate start = LocalDate.now().plusDays(30);
        browser.find("#year").clear();
        browser.find("#year").sendKeys(String.valueOf(start.getYear()));
        new Select(browser.find("#half")).selectByValue(start.getMonthValue() <= 6 ? "1" : "2");
        browser.clickAndWait("#show");
        assertTrue(browser.find("#courses").getText().contains(course.code()), browser.text());
        browser.assertAccessible();
        browser.clickAndWait("#switch-language");
        assertTrue(browser.heading().startsWith("Semester report"), browser.heading());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }
}
