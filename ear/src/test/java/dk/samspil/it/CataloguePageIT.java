package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor who is not logged in browses the catalogue, a course, the statement, in both languages. */
class CataloguePageIT extends BrowserJourney {

    @Test
    void anonymousVisitorSeesPublishedCoursesButNoDrafts() {
        String theme = db.theme();
        var published = db.course("PUBLISHED", 2, theme, LocalDate.now().plusDays(30));
        var draft = db.course("DRAFT", 10, theme, LocalDate.now().plusDays(30));
        db.enrol(published, db.account("Anne", null, "PARTICIPANT"), "CONFIRMED");

        browser.open("/?theme=" + theme);
        assertEquals("Kurser og forløb", browser.heading());
        assertEquals(1, browser.findAll("#login-link").size());
        assertEquals(0, browser.findAll("#logout-form").size());
        String page = browser.text();
        assertTrue(page.contains(published.titleDa()), page);
        assertFalse(page.contains(draft.titleDa()), page);
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void coursePageShowsModulesSessionsPartnersAndSeats() {
        String theme = db.theme();
        var course = db.course("PUBLISHED", 3, theme, LocalDate.now().plusDays(30));
        String partner = db.partner(course, "HOST");
        db.enrol(course, db.account("Bo", null, "PARTICIPANT"), "CONFIRMED");

        browser.open("/?theme=" + theme);
        browser.clickAndWait("a[href$='code=" + course.code() + "']");
        assertEquals(course.titleDa(), browser.heading());
        assertEquals("2 / 3", browser.find("#seats-left").getText());
        assertEquals("0", browser.find("#waiting-list").getText());
        String page = browser.text();
        assertTrue(page.contains("Modul ét"), page);
        assertTrue(page.contains("Campus Test, Lokale "), page);
        assertTrue(page.contains(partner + " – vært"), page);
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aVisitorFindsACourseByThemeAndPeriodAndOpensIt() {
        String theme = db.theme();
        LocalDate day = LocalDate.now().plusYears(1).withMonth(3).withDayOfMonth(12);
        var wanted = db.course("PUBLISHED", 10, theme, day);
        var tooLate = db.course("PUBLISHED", 10, theme, day.plusMonths(2));

        browser.open("/");
        new Select(browser.find("#theme")).selectByValue(theme);
        browser.fill("#from", day.minusDays(2).toString());
        browser.fill("#to", day.plusDays(2).toString());
        browser.clickAndWait("#search-submit");

        assertTrue(browser.path().isEmpty() || browser.path().equals("/"), browser.path());
        String page = browser.text();
        assertTrue(page.contains("1 kursus fundet"), page);
        assertTrue(page.contains(wanted.titleDa()), page);
        assertFalse(page.contains(tooLate.titleDa()), page);
        assertEquals(theme, new Select(browser.find("#theme")).getFirstSelectedOption().getAttribute("value"));
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();

        browser.clickAndWait("a[href$='code=" + wanted.code() + "']");
        assertEquals(wanted.titleDa(), browser.heading());
    }

    @Test
    void aMalformedFilterIsExplainedNextToTheForm() {
        browser.open("/?from=31.2.2027");
        assertEquals("Skriv datoen som dd/mm/åååå, fx 6/12/2026.", browser.find("#search-error").getText());
        assertEquals("true", browser.find("#from").getAttribute("aria-invalid"));
        assertTrue(browser.text().contains("Ingen kurser fundet"), browser.text());
        browser.assertAccessible();
    }

    @Test
    void unknownCourseGivesA404PageWithoutDetails() throws Exception {
        String path = "/catalog/course.xhtml?code=NO-SUCH-" + TestDatabase.unique();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Server.at(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("Caused by") || response.body().contains(".java:"), response.body());

        browser.open(path);
        assertEquals("Siden findes ikke", browser.heading());
        browser.assertAccessible();
    }

    @Test
    void languageSwitchShowsTheCatalogueInEnglishAndBack() {
        var course = db.course("PUBLISHED", 10);

        browser.open("/catalog/course.xhtml?code=" + course.code());
        browser.clickAndWait("#switch-language");
        assertEquals(course.titleEn(), browser.heading());
        assertEquals("en", browser.find("html").getAttribute("lang"));
        assertTrue(browser.path().endsWith("catalog/course.xhtml"), browser.path());
        browser.assertAccessible();

        browser.open("/");
        assertEquals("Courses", browser.heading());
        browser.assertAccessible();

        browser.clickAndWait("#switch-language");
        assertEquals("Kurser og forløb", browser.heading());
        assertEquals("da", browser.find("html").getAttribute("lang"));
    }

    @Test
    void everyPageLinksToTheAccessibilityStatement() {
        browser.open("/");
        browser.clickAndWait("#accessibility-link");
        assertEquals("Tilgængelighedserklæring", browser.heading());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }
}
