package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A leader plans the school's lessons, sees a gap and a course that addresses it, then closes it. */
class CoveragePageIT extends BrowserJourney {

    @Test
    void aLeaderSeesAGapAndTheCourseThatClosesIt() {
        long school = db.institution("Dækningsskolen");
        String leader = db.account("Leder Lærke", school, "LEADER");
        db.lead(leader, school);
        db.account("Kim Kemi", school, "PARTICIPANT");
        String theme = db.theme();
        db.update("UPDATE subject SET theme_id = (SELECT id FROM theme WHERE code = ?) WHERE code = 'fysik-kemi'", theme);
        var course = db.course("PUBLISHED", 10, theme, LocalDate.now().plusDays(30));

        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.clickAndWait("#menu-coverage");
        browser.assertAccessible();

        browser.find("#classes\\:grade\\:7\\:count").clear();
        browser.find("#classes\\:grade\\:7\\:count").sendKeys("2");
        browser.clickAndWait("#classes\\:save");
        new Select(browser.find("#plan\\:subject")).selectByVisibleText("Fysik/kemi");
        new Select(browser.find("#plan\\:grade")).selectByVisibleText("7");
        browser.find("#plan\\:lessons").sendKeys("60");
        browser.clickAndWait("#plan\\:save");
        new Select(browser.find("#assign\\:teacher")).selectByVisibleText("Kim Kemi");
        new Select(browser.find("#assign\\:subject")).selectByVisibleText("Fysik/kemi");
        new Select(browser.find("#assign\\:grade")).selectByVisibleText("7");
        browser.find("#assign\\:lessons").sendKeys("120");
        browser.clickAndWait("#assign\\:save");

        assertTrue(browser.find("#total").getText().contains("(0 / 120)"), browser.find("#total").getText());
        String gaps = browser.find("#gaps").getText();
        assertTrue(gaps.contains("Fysik/kemi") && gaps.contains("120"), gaps);
        assertTrue(gaps.contains(course.titleDa()), "the published course on the subject's theme: " + gaps);
        browser.assertAccessible();

        new Select(browser.find("#recognise\\:teacher")).selectByVisibleText("Kim Kemi");
        new Select(browser.find("#recognise\\:subject")).selectByVisibleText("Fysik/kemi");
        new Select(browser.find("#recognise\\:basis")).selectByVisibleText("Tilsvarende kompetencer");
        browser.clickAndWait("#recognise\\:save");
        assertTrue(browser.find("#recognise").getText().contains("kræver en begrundelse"), browser.text());
        browser.find("#recognise\\:note").sendKeys("Har undervist i faget i otte år.");
        browser.clickAndWait("#recognise\\:save");
        assertTrue(browser.find("#total").getText().contains("(120 / 120)"), browser.find("#total").getText());
        assertTrue(browser.find("#no-gaps").isDisplayed());
        assertTrue(browser.path().contains("coverage.xhtml"));
        browser.assertNoJavaScriptErrors();
        db.update("UPDATE subject SET theme_id = NULL WHERE code = 'fysik-kemi'");
    }
}
