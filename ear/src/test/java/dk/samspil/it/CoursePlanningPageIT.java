package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consultant plans a course from an empty form to the catalogue: two modules, three sessions,
 * a partner that hosts one of them, then publishing; the public page shows all of it.
 */
class CoursePlanningPageIT extends BrowserJourney {

    private static final LocalDate START = LocalDate.now().plusMonths(2).withDayOfMonth(1);

    private void type(String css, String value) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(value);
    }

    private void addModule(String title, String objectives) {
        type("#module-form\\:module-title", title);
        type("#module-form\\:module-objectives-da", objectives);
        browser.clickAndWait("#module-form\\:save-module");
    }

    private void addSession(int module, LocalDate day, String from, String to, long room, Long host) {
        browser.clickAndWait("#modules\\:module\\:" + module + "\\:add-session");
        browser.fill("#session\\:day", day.toString());
        browser.fill("#session\\:starts", from);
        browser.fill("#session\\:ends", to);
        new Select(browser.find("#session\\:room")).selectByValue(String.valueOf(room));
        if (host != null) {
            new Select(browser.find("#session\\:host")).selectByValue(String.valueOf(host));
        }
        browser.clickAndWait("#session\\:save-session");
    }

    @Test
    void aConsultantCreatesACourseWithModulesAndSessions_linksAHost_andPublishesIt() {
        String theme = db.theme();
        long room = db.room();
        long host = db.partnerLogin("vaert-" + TestDatabase.unique() + "@test.example");
        String code = "PG-" + TestDatabase.unique();
        browser.logIn(db.account("Konsulent Kjær", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-planning.xhtml");
        browser.clickAndWait("#new-course");
        assertEquals("Nyt kursus", browser.heading());
        browser.assertAccessible();

        type("#course\\:code", code);
        type("#course\\:title-da", "Læsemakkere med frivillige");
        type("#course\\:description-da", "Sådan samarbejder skolen med frivillige læsemakkere <script>alert(1)</script>.");
        new Select(browser.find("#course\\:theme")).selectByValue(theme);
        browser.find("input[name='course:target-groups'][value='TEACHER']").click();
        new Select(browser.find("#course\\:ects")).selectByValue("5");
        type("#course\\:price", "0");
        type("#course\\:place", "Fjordskolen, Vejle");
        browser.fill("#course\\:period-start", START.toString());
        browser.fill("#course\\:period-end", START.plusMonths(1).toString());
        browser.fill("#course\\:deadline", START.minusWeeks(2).toString());
        type("#course\\:min", "12");
        type("#course\\:max", "8");
        browser.clickAndWait("#course\\:save");
        assertEquals("Minimum kan ikke være større end maksimum.", browser.find("[id='course:min'] ~ .field-error").getText());
        assertEquals("Læsemakkere med frivillige", browser.find("#course\\:title-da").getAttribute("value"),
                "what was typed is kept");
        browser.assertAccessible();

        type("#course\\:min", "4");
        browser.clickAndWait("#course\\:save");
        assertTrue(browser.find("#messages").getText().contains("er oprettet som kladde"), browser.text());
        assertTrue(browser.find("#status").getText().contains("Kladde"));

        browser.clickAndWait("#tab-programme");
        browser.assertAccessible();
        addModule("Frivillige i skolens hverdag", "Forstå frivilliges motiver og rammer.");
        addModule("Læsemakkere og fælles evaluering", "Evaluere et læseforløb sammen med frivillige.");
        addSession(0, START.plusDays(2), "09:00", "12:00", room, null);
        addSession(0, START.plusDays(9), "09:00", "12:00", room, null);
        addSession(1, START.plusDays(16), "13:00", "16:00", room, host);
        assertEquals(3, browser.findAll("table.sessions tbody tr").size(), browser.text());
        browser.assertAccessible();

        addSession(1, START.plusDays(16), "14:00", "15:00", room, null);
        assertTrue(browser.find("#messages").getText().contains("er allerede booket til " + code), browser.text());
        browser.assertAccessible();
        browser.clickAndWait("#session\\:cancel-session");
        assertEquals(3, browser.findAll("table.sessions tbody tr").size(), "the warned session was not saved");

        browser.clickAndWait("#tab-course");
        browser.clickAndWait("#lifecycle\\:publish");
        assertTrue(browser.find("#status").getText().contains("Offentliggjort"), browser.text());
        browser.assertNoJavaScriptErrors();

        browser.logOut();
        browser.open("/catalog/course.xhtml?code=" + code);
        assertEquals("Læsemakkere med frivillige", browser.heading());
        String page = browser.text();
        assertTrue(page.contains("2. Læsemakkere og fælles evaluering"), page);
        assertTrue(page.contains("<script>alert(1)</script>"), "typed HTML is shown as text");
        assertTrue(browser.find("#partners").getText().contains("vært"), page);
        assertEquals("Gratis for deltageren", browser.find("#price").getText());
        browser.assertAccessible();
    }
}
