package dk.samspil.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From administration to a working college: an administrator makes an institution and its leader,
 * who sets a password from the mailed invitation; a teacher registers, verifies the address and
 * enrols; the leader confirms the teacher as staff; the administrator finds and deactivates the
 * teacher, whose open session ends.
 */
class OnboardingPageIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String LEADER_PASSWORD = "Skoleleder ved fjorden i Vejle";
    private static final String TEACHER_PASSWORD = "Lærer med cykel og regnjakke";

    /** The path and query of the link in a mail, checked to be built on the configured address. */
    private static String linkIn(MimeMessage mail, String page) throws Exception {
        String text = bodyOf(mail);
        Matcher link = Pattern.compile("(http\\S+" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_-]{43})").matcher(text);
        assertTrue(link.find(), text);
        URI address = URI.create(link.group(1));
        assertEquals(Server.BASE.getAuthority(), address.getAuthority());
        return address.getRawPath() + "?" + address.getRawQuery();
    }

    private static String bodyOf(MimeMessage mail) throws Exception {
        return ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
    }

    /** Waits until the Ajax update of the institution list offers the option (read in the page, so no element goes stale). */
    private void waitForOption(String select, String text) {
        browser.waitUntil(() -> Boolean.TRUE.equals(browser.execute(
                "return Array.from(document.querySelectorAll(arguments[0] + ' option')).some(o => o.textContent === arguments[1]);",
                select, text)));
    }

    private void type(String css, String text) {
        browser.find(css).clear();
        browser.find(css).sendKeys(text);
    }

    @Test
    void anInstitutionItsLeaderAndASelfRegisteredTeacherComeTogether() throws Exception {
        String tag = TestDatabase.unique();
        String school = "Onboardingskolen " + tag;
        String leader = "leder-" + tag + "@test.example";
        String teacher = "laerer-" + tag + "@test.example";
        String teacherName = "Tobias Tilmeldt " + tag;
        TestDatabase.Course course = db.course("PUBLISHED", 10);
        db.login(TestPeople.ADMIN, "ADMIN");

        // The administrator makes the institution ...
        browser.logIn(TestPeople.ADMIN, TestDatabase.PASSWORD);
        browser.clickAndWait("#menu-institutions");
        browser.assertAccessible();
        type("#institution\\:name", school);
        new Select(browser.find("#institution\\:kind")).selectByVisibleText("Skole");
        new Select(browser.find("#institution\\:municipality")).selectByVisibleText("Vejle Kommune");
        type("#institution\\:number", "9" + String.valueOf(System.nanoTime()).substring(8, 13));
        browser.clickAndWait("#institution\\:create");
        assertEquals(school, browser.heading());
        browser.assertAccessible();

        // ... and its leader, who is invited by mail.
        browser.open("/admin/account.xhtml");
        browser.assertAccessible();
        type("#account\\:name", "Lena Leder");
        type("#account\\:email", leader);
        browser.find("#account\\:roles input[value='LEADER']").click();
        browser.clickAndWait("#account\\:save");
        assertTrue(browser.find("#messages").getText().contains("Vælg mindst én rolle")
                || browser.find("#account\\:led-message").getText().contains("leder skal lede"), browser.text());
        browser.find("#account\\:roles input[value='PARTICIPANT']").click();
        new Select(browser.find("#account\\:led")).selectByVisibleText(school + " (Vejle Kommune)");
        new Select(browser.find("#account\\:institution")).selectByVisibleText(school + " (Vejle Kommune)");
        browser.clickAndWait("#account\\:save");
        assertTrue(browser.find("#messages").getText().contains("invitation"), browser.text());
        assertTrue(browser.find("#status").getText().contains("Inviteret"), browser.text());
        browser.logOut();

        String invitation = linkIn(Mailbox.mailTo(MAIL, leader, "Du har fået en konto"), "password-reset.xhtml");
        browser.open(invitation);
        type("#password\\:new-password", LEADER_PASSWORD);
        type("#password\\:repeated", LEADER_PASSWORD);
        browser.clickAndWait("#password\\:reset");
        assertEquals("login.xhtml", browser.path(), browser.text());

        // A teacher registers from the course page, verifies the address and enrols.
        CoursePage.open(browser, course.code()).registerToEnrol();
        browser.assertAccessible();
        type("#register\\:name", teacherName);
        type("#register\\:email", teacher);
        new Select(browser.find("#register\\:job")).selectByVisibleText("Lærer");
        new Select(browser.find("#register\\:municipality")).selectByVisibleText("Vejle Kommune");
        waitForOption("#register\\:institution", school);
        new Select(browser.find("#register\\:institution")).selectByVisibleText(school);
        type("#register\\:new-password", TEACHER_PASSWORD);
        type("#register\\:repeated", TEACHER_PASSWORD);
        browser.clickAndWait("#register\\:submit");
        assertTrue(browser.find("#sent").getText().contains("Tjek din mail"), browser.text());
        browser.logIn(teacher, TEACHER_PASSWORD);
        assertTrue(browser.path().startsWith("login"), "no login before the address is verified");

        browser.open(linkIn(Mailbox.mailTo(MAIL, teacher, "Bekræft din e-mailadresse"), "register-confirm.xhtml"));
        browser.assertAccessible();
        type("#confirm\\:password", TEACHER_PASSWORD);
        browser.clickAndWait("#confirm\\:confirm-button");
        assertTrue(browser.text().contains("Din e-mailadresse er bekræftet"), browser.text());
        try (Browser teacherBrowser = new Browser()) {
            teacherBrowser.logIn(teacher, TEACHER_PASSWORD);
            assertEquals("participant/my-courses.xhtml", teacherBrowser.path());
            assertTrue(CoursePage.open(teacherBrowser, course.code()).enrol().myEnrolment().contains("Bekræftet"),
                    teacherBrowser.text());

            // The leader is told of the request, confirms the teacher as staff, and then sees them among the staff.
            String request = bodyOf(Mailbox.mailTo(MAIL, leader, "En ny bruger vil bekræftes"));
            assertTrue(request.contains(teacherName) && request.contains(school), request);
            browser.logIn(leader, LEADER_PASSWORD);
            browser.open("/leader/my-staff.xhtml");
            assertFalse(browser.text().contains(teacherName), "nobody's staff before confirmation");
            browser.clickAndWait("#menu-staff-requests");
            browser.assertAccessible();
            assertTrue(browser.find("#requests\\:list").getText().contains(teacherName));
            browser.clickAndWait("#requests\\:list\\:0\\:confirm");
            assertTrue(browser.find("#messages").getText().contains("bekræftet som ansat"), browser.text());
            browser.open("/leader/my-staff.xhtml");
            assertTrue(browser.find("#staff").getText().contains(teacherName), browser.text());
            assertTrue(bodyOf(Mailbox.mailTo(MAIL, teacher, "Din ansættelse er bekræftet")).contains(school));
            browser.logOut();

            // The administrator finds the teacher and deactivates them; the teacher's session ends.
            browser.logIn(TestPeople.ADMIN, TestDatabase.PASSWORD);
            browser.open("/admin/accounts.xhtml");
            type("#q", teacherName.toLowerCase());
            browser.clickAndWait("#apply");
            browser.assertAccessible();
            assertEquals("1", browser.find("#count").getText().replaceAll("\\D", ""));
            browser.clickAndWait("a.account");
            browser.clickAndWait("#actions\\:deactivate");
            assertTrue(browser.find("#status").getText().contains("Deaktiveret"), browser.text());

            teacherBrowser.open("/participant/my-courses.xhtml");
            assertTrue(teacherBrowser.path().startsWith("login"), "the teacher's open session ended: " + teacherBrowser.path());
        }
    }

    @Test
    void aParticipantNamesANewWorkplaceWhichItsLeaderConfirms() {
        long school = db.institution("Flytteskolen");
        String schoolName = (String) db.value("SELECT name FROM institution WHERE id = ?", school);
        String leader = db.account("Frida Flyttechef", school, "PARTICIPANT", "LEADER");
        db.lead(leader, school);
        String teacher = db.account("Flemming Flytter", null, "PARTICIPANT");

        browser.logIn(teacher, TestDatabase.PASSWORD);
        browser.clickAndWait("#my-data-link");
        browser.clickAndWait("#workplace-link");
        browser.assertAccessible();
        assertEquals("Intet", browser.find("#confirmed").getText());
        new Select(browser.find("#workplace\\:municipality")).selectByVisibleText("Testkommune");
        waitForOption("#workplace\\:institution", schoolName);
        new Select(browser.find("#workplace\\:institution")).selectByVisibleText(schoolName);
        browser.clickAndWait("#workplace\\:ask-button");
        assertEquals(schoolName, browser.find("#requested").getText(), browser.text());
        browser.logOut();

        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.open("/leader/staff-requests.xhtml");
        assertTrue(browser.find("#requests\\:list").getText().contains("Flemming Flytter"), browser.text());
        browser.clickAndWait("#requests\\:list\\:0\\:confirm");
        browser.logOut();

        browser.logIn(teacher, TestDatabase.PASSWORD);
        browser.open("/participant/workplace.xhtml");
        assertTrue(browser.find("#confirmed").getText().startsWith(schoolName), browser.text());
        assertEquals("Intet", browser.find("#requested").getText());
    }

    @Test
    void anAdministratorSaysWhereAnInstitutionIsInvoiced() {
        long school = db.institution("Betalerskolen");
        db.login(TestPeople.ADMIN, "ADMIN");
        browser.logIn(TestPeople.ADMIN, TestDatabase.PASSWORD);
        browser.open("/admin/institution.xhtml?id=" + school);
        assertEquals("Intet", browser.find("#ean-fact").getText());

        type("#payer\\:ean", "5798000416605");
        type("#payer\\:reference", "Ordre 4711");
        browser.clickAndWait("#payer\\:save");
        assertTrue(browser.find("[id='payer:ean'] ~ .field-error").getText().contains("kontrolciffer"), browser.text());
        assertEquals(null, db.value("SELECT ean FROM institution WHERE id = ?", school), "a wrong check digit saves nothing");
        browser.assertAccessible();

        type("#payer\\:ean", "5798000416604");
        browser.clickAndWait("#payer\\:save");
        assertTrue(browser.find("#messages").getText().contains("Faktureringen af Betalerskolen"), browser.text());
        assertEquals("5798000416604", browser.find("#ean-fact").getText());
        assertEquals("Ordre 4711", db.value("SELECT invoice_reference FROM institution WHERE id = ?", school));
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theNewPagesAreAccessibleInEnglishToo() {
        db.login(TestPeople.ADMIN, "ADMIN");
        browser.open("/register.xhtml");
        browser.clickAndWait("#switch-language");
        assertEquals("Create an account", browser.heading());
        browser.assertAccessible();
        browser.logIn(TestPeople.ADMIN, TestDatabase.PASSWORD);
        for (String page : new String[]{"/admin/accounts.xhtml", "/admin/account.xhtml", "/admin/institutions.xhtml"}) {
            browser.open(page);
            assertFalse(browser.text().contains("???"), page);
            browser.assertAccessible();
        }
        assertEquals("Institutions", browser.heading());
    }
}
