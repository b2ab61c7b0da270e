package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A leader plans the school's lessons, sees a gap and a course that addresses it, then closes it: each
 * input on its own edit page, the gaps on the summary.
 */
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
        assertTrue(browser.find("#total").getText().contains("(0 / 0)"), browser.find("#total").getText());
        browser.assertAccessible();

        browser.clickAndWait("#edit-plan");
        browser.find("#classes\\:grade\\:7\\:count").clear();
        browser.find("#classes\\:grade\\:7\\:count").sendKeys("2");
        browser.clickAndWait("#classes\\:save");
        new Select(browser.find("#plan\\:subject")).selectByVisibleText("Fysik/kemi");
        new Select(browser.find("#plan\\:grade")).selectByVisibleText("7");
        browser.find("#plan\\:lessons").sendKeys("60");
        browser.clickAndWait("#plan\\:save");
        assertTrue(browser.find("#total").getText().contains("(0 / 120)"), "the edit page shows the coverage after the change");
        browser.assertAccessible();

        browser.clickAndWait("#coverage-back");
        assertTrue(browser.find("#plan-count").getText().startsWith("2 klasser, 1 fag"), browser.find("#plan-count").getText());
        browser.clickAndWait("#edit-teaching");
        new Select(browser.find("#assign\\:teacher")).selectByVisibleText("Kim Kemi");
        new Select(browser.find("#assign\\:subject")).selectByVisibleText("Fysik/kemi");
        new Select(browser.find("#assign\\:grade")).selectByVisibleText("7");
        browser.find("#assign\\:lessons").sendKeys("120");
        browser.clickAndWait("#assign\\:save");
        assertTrue(browser.find("#assignments").getText().contains("Kim Kemi"), browser.find("#assignments").getText());
        browser.assertAccessible();

        browser.clickAndWait("#coverage-back");
        assertTrue(browser.find("#total").getText().contains("(0 / 120)"), browser.find("#total").getText());
        String gaps = browser.find("#gaps").getText();
        assertTrue(gaps.contains("Fysik/kemi") && gaps.contains("120"), gaps);
        assertTrue(gaps.contains(course.titleDa()), "the published course on the subject's theme: " + gaps);

        browser.clickAndWait("#edit-competences");
        new Select(browser.find("#recognise\\:teacher")).selectByVisibleText("Kim Kemi");
        new Select(browser.find("#recognise\\:subject")).selectByVisibleText("Fysik/kemi");
        new Select(browser.find("#recognise\\:basis")).selectByVisibleText("Tilsvarende kompetencer");
        browser.clickAndWait("#recognise\\:save");
        assertTrue(browser.find("#recognise").getText().contains("kræver en begrundelse"), browser.text());
        browser.find("#recognise\\:note").sendKeys("Har undervist i faget i otte år.");
        browser.clickAndWait("#recognise\\:save");
        assertTrue(browser.find("#total").getText().contains("(120 / 120)"), browser.find("#total").getText());
        browser.assertAccessible();

        browser.clickAndWait("#coverage-back");
        assertTrue(browser.find("#no-gaps").isDisplayed());
        assertTrue(browser.path().endsWith("leader/coverage.xhtml"), browser.path());
        browser.assertNoJavaScriptErrors();
        db.update("UPDATE subject SET theme_id = NULL WHERE code = 'fysik-kemi'");
    }
}
