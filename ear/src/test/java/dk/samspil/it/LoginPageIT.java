package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in as each role, landing on that role's home page, and the ways login must refuse. */
class LoginPageIT extends BrowserJourney {

    private static final Map<String, String[]> HOMES = Map.of(
            "PARTICIPANT", new String[]{"participant/my-courses.xhtml", "Mine kurser"},
            "LEADER", new String[]{"leader/my-staff.xhtml", "Mine medarbejdere"},
            "CONSULTANT", new String[]{"consultant/course-planning.xhtml", "Kursusplanlægning"},
            "PARTNER", new String[]{"partner/my-partnerships.xhtml", "Mine partnerskaber"},
            "ADMIN", new String[]{"admin/accounts.xhtml", "Brugere"});

    @Test
    void everyRoleLandsOnItsOwnHomePage() {
        HOMES.forEach((role, home) -> {
            String email = db.account("Person " + role, null, role);
            browser.logIn(email, TestDatabase.PASSWORD);
            assertEquals(home[0], browser.path(), role);
            assertEquals(home[1], browser.heading(), role);
            assertEquals("Person " + role, browser.find("#caller-name").getText());
            assertEquals(email, browser.find("#caller-email").getText());
            browser.assertAccessible();
            browser.assertNoJavaScriptErrors();
            browser.logOut();
        });
    }

    @Test
    void aDeactivatedAccountsSessionEndsAtItsNextRequest() {
        String email = db.account("Snart Stoppet", null, "PARTICIPANT");
        browser.logIn(email, TestDatabase.PASSWORD);
        browser.open("/participant/my-courses.xhtml");
        assertTrue(browser.path().startsWith("participant/my-courses"), browser.path());
        db.deactivate(email);
        browser.open("/participant/my-courses.xhtml");
        assertTrue(browser.path().startsWith("login"), "sent to the login page: " + browser.path());
        browser.open("/participant/my-courses.xhtml");
        assertTrue(browser.path().startsWith("login"), "the session is gone on the server: " + browser.path());
    }

    @Test
    void loginPageIsAccessibleInBothLanguages() {
        browser.open("/login.xhtml");
        browser.assertAccessible();
        browser.clickAndWait("#switch-language");
        assertEquals("Log in", browser.heading());
        browser.assertAccessible();
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameMessage() {
        String email = db.account("Kendt", null, "PARTICIPANT");
        browser.logIn(email, "not-the-password");
        String wrongPassword = browser.find("#login\\:messages").getText();
        browser.logIn("unknown-" + TestDatabase.unique() + "@test.example", TestDatabase.PASSWORD);
        String unknownEmail = browser.find("#login\\:messages").getText();

        assertEquals("E-mail eller adgangskode er forkert.", wrongPassword);
        assertEquals(wrongPassword, unknownEmail);
        assertTrue(browser.path().endsWith("login.xhtml"), browser.path());
        browser.assertAccessible();
    }

    @Test
    void loginStartsANewSessionAndLogoutEndsIt() {
        String email = db.account("Sessionsen", null, "PARTICIPANT");
        browser.open("/login.xhtml");
        assertNull(browser.cookie(Browser.SESSION_COOKIE), "a visitor has no session before logging in");

        browser.logIn(email, TestDatabase.PASSWORD);
        assertNotNull(browser.cookie(Browser.SESSION_COOKIE), "the login starts one");

        browser.logOut();
        assertEquals("Kurser og forløb", browser.heading());
        browser.open("/participant/my-courses.xhtml");
        assertEquals("Log ind", browser.heading());
    }

    @Test
    void theIdleWarningComesTwoMinutesBeforeTheSessionEndsAndStayingExtendsIt() throws Exception {
        String email = db.account("Travl Tove", null, "PARTICIPANT");
        browser.logIn(email, TestDatabase.PASSWORD);
        WebElement dialog = browser.find("#session-warning");
        assertEquals(String.valueOf((30 * 60 - 120) * 1000), dialog.getAttribute("data-warn-after-ms"),
                "two minutes before the server's 30 idle minutes");
        assertEquals(String.valueOf((30 * 60 + 5) * 1000), dialog.getAttribute("data-expire-after-ms"));
        assertFalse(dialog.isDisplayed());

        browser.execute("arguments[0].dataset.warnAfterMs = 200; arguments[0].dataset.expireAfterMs = 60000;"
                + " window.samspilSession.restart();", dialog);
        browser.waitUntil(dialog::isDisplayed);
        assertTrue(dialog.getText().contains("Er du der stadig?"), dialog.getText());
        browser.assertAccessible();
        browser.execute("arguments[0].dataset.warnAfterMs = 60000;", dialog);
        browser.find("#session-stay").click();
        browser.waitUntil(() -> !dialog.isDisplayed());
        assertEquals("participant/my-courses.xhtml", browser.path());

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder keepAlive = HttpRequest.newBuilder(Server.at("/session/keep-alive"))
                .header("Cookie", Browser.SESSION_COOKIE + "=" + browser.cookie(Browser.SESSION_COOKIE))
                .POST(HttpRequest.BodyPublishers.noBody());
        assertEquals(403, http.send(keepAlive.build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "another site's form cannot keep a session alive");
        HttpResponse<Void> kept = http.send(keepAlive.header("X-Requested-With", "samspil").build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(204, kept.statusCode());
        assertEquals("1800", kept.headers().firstValue("X-Session-Idle-Seconds").orElseThrow());

        browser.execute("arguments[0].dataset.warnAfterMs = 100; arguments[0].dataset.expireAfterMs = 1500;"
                + " window.samspilSession.restart();", dialog);
        browser.waitUntil(dialog::isDisplayed);
        browser.execute("arguments[0].dataset.warnAfterMs = 60000; arguments[0].dataset.expireAfterMs = 120000;", dialog);
        browser.waitUntil(() -> !dialog.isDisplayed());
        assertEquals("participant/my-courses.xhtml", browser.path(),
                "the session was in use a moment ago (another tab, say): an unanswered warning ends nothing yet");
        browser.open("/participant/my-courses.xhtml");
        assertEquals("participant/my-courses.xhtml", browser.path(), "the session goes on");
        browser.logOut();
        browser.open("/login.xhtml?expired=true");
        assertTrue(browser.find("#expired").getText().contains("30 minutter"), browser.text());
        browser.assertAccessible();
    }

    @Test
    void aFormFromAnExpiredSessionSaysSoWithoutATrace() {
        browser.open("/register.xhtml");
        browser.forgetSession();
        browser.clickAndWait("#register\\:submit");
        assertEquals("Siden er udløbet", browser.heading());
        assertTrue(browser.find("#reload-link").getAttribute("href").endsWith("/register.xhtml"));
        assertFalse(browser.text().contains("Exception"), browser.text());
        browser.assertAccessible();
    }

    @Test
    void aProtectedPageAsksForLoginAndThenOpens() {
        String email = db.account("Videre", null, "PARTICIPANT");
        browser.open("/participant/my-courses.xhtml");
        assertEquals("Log ind", browser.heading());
        browser.find("#login\\:email").sendKeys(email);
        browser.find("#login\\:password").sendKeys(TestDatabase.PASSWORD);
        browser.clickAndWait("#login\\:submit");
        assertEquals("Mine kurser", browser.heading());
    }

    @Test
    void aParticipantIsRefusedTheConsultantsPage() {
        browser.logIn(db.account("Nysgerrig", null, "PARTICIPANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-planning.xhtml");
        assertEquals("Ingen adgang", browser.heading());
        browser.assertAccessible();
    }

    @Test
    void aParticipantSeesOwnEnrolmentsOnly() {
        var course = db.course("PUBLISHED", 10);
        String mine = db.account("Min", null, "PARTICIPANT");
        String other = db.account("Anden", null, "PARTICIPANT");
        var othersCourse = db.course("PUBLISHED", 10);
        db.enrol(course, mine, "WAITLISTED");
        db.enrol(othersCourse, other, "CONFIRMED");

        browser.logIn(mine, TestDatabase.PASSWORD);
        String page = browser.text();
        assertTrue(page.contains(course.titleDa()), page);
        assertTrue(page.contains("På venteliste"), page);
        assertFalse(page.contains(othersCourse.titleDa()), page);
    }

    @Test
    void aLeaderSeesOnlyTheStaffOfOwnInstitutions() {
        long ownSchool = db.institution("Egen skole");
        long otherSchool = db.institution("Anden skole");
        String leader = db.account("Leder Lund", ownSchool, "LEADER", "PARTICIPANT");
        db.lead(leader, ownSchool);
        String ownTeacher = "Lærer " + TestDatabase.unique();
        String otherTeacher = "Lærer " + TestDatabase.unique();
        db.account(ownTeacher, ownSchool, "PARTICIPANT");
        db.account(otherTeacher, otherSchool, "PARTICIPANT");

        browser.logIn(leader, TestDatabase.PASSWORD);
        String page = browser.text();
        assertTrue(page.contains(ownTeacher), page);
        assertFalse(page.contains(otherTeacher), page);
        browser.assertAccessible();
    }
}
