package dk.samspil.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator reads the dry run, changes a period (an impossible one is refused), and runs the deletion. */
class RetentionPageIT extends BrowserJourney {

    private static final String ACCESS_LOG_ROW = "#rules\\:rules-table\\:0\\:";

    @BeforeEach
    @AfterEach
    void defaultAccessLogPeriod() {
        db.update("UPDATE retention_rule SET keep_months = 24 WHERE kind = 'ACCESS_LOG'");
    }

    @Test
    void anAdministratorSetsThePeriodsSeesTheDryRunAndDeletesWhatIsPastThem() {
        String admin = db.account("Admin Agnete", null, "ADMIN");
        browser.logIn(admin, TestDatabase.PASSWORD);
        browser.clickAndWait("#menu-retention");
        assertEquals("Opbevaring og sletning", browser.heading());
        assertTrue(browser.find("#rules\\:rules-table").getText().contains("Adgangslog"), browser.text());
        browser.assertAccessible();

        browser.find(ACCESS_LOG_ROW + "months").clear();
        browser.find(ACCESS_LOG_ROW + "months").sendKeys("0");
        browser.clickAndWait("#rules\\:save");
        assertTrue(browser.find(ACCESS_LOG_ROW + "months-message").getText().contains("mellem 1 og 240"), browser.text());
        assertEquals(24L, ((Number) db.value("SELECT keep_months FROM retention_rule WHERE kind = 'ACCESS_LOG'")).longValue());

        browser.find(ACCESS_LOG_ROW + "months").clear();
        browser.find(ACCESS_LOG_ROW + "months").sendKeys("18");
        browser.clickAndWait("#rules\\:save");
        assertTrue(browser.find("#messages").getText().contains("gemt"), browser.text());
        assertEquals(18L, ((Number) db.value("SELECT keep_months FROM retention_rule WHERE kind = 'ACCESS_LOG'")).longValue());

        browser.clickAndWait("#enforce\\:run");
        assertTrue(browser.find("#messages").getText().contains("Sæt flueben"), browser.text());
        browser.find("#enforce\\:confirm").click();
        browser.clickAndWait("#enforce\\:run");
        assertTrue(browser.find("#messages").getText().contains("Det forældede er slettet"), browser.text());
        assertTrue(browser.find("#history").getText().contains("Administrator"), browser.text());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }
}
