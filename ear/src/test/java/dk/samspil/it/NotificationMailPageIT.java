package dk.samspil.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mails leave after the change that caused them, in the recipient's language, with a calendar
 * invite that a calendar program accepts; a cancelled course cancels the same events. The server
 * sends to the GreenMail SMTP server this test starts (port 3025, see arquillian.xml).
 */
class NotificationMailPageIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static MimeMessage mailTo(String email, String subjectStart) throws Exception {
        return Mailbox.mailTo(MAIL, email, subjectStart);
    }

    private static Calendar invite(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                return new CalendarBuilder().build(new StringReader(new String(part.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8)));
            }
        }
        return fail("no text/calendar part in " + message.getSubject());
    }

    @Test
    void aTeacherIsToldByMailAndInTheAppAndTheCancellationCancelsTheInvite() throws Exception {
        db.update("UPDATE notification SET mailed_at = NOW() WHERE mailed_at IS NULL"); // other tests' mails
        var course = db.course("PUBLISHED", 5);
        String teacher = db.account("Åse Ærbødig", null, "PARTICIPANT");
        browser.logIn(teacher, TestDatabase.PASSWORD);
        CoursePage.open(browser, course.code()).enrol();

        MimeMessage confirmation = mailTo(teacher, "Du er tilmeldt " + course.titleDa());
        assertTrue(((MimeMultipart) confirmation.getContent()).getBodyPart(0).getContent().toString()
                .startsWith("Kære Åse Ærbødig"));
        Calendar requested = invite(confirmation);
        assertEquals("REQUEST", requested.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = requested.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        String uid = event.getProperty(Property.UID).orElseThrow().getValue();
        assertTrue(uid.startsWith("session-"), uid);

        browser.open("/notifications.xhtml");
        assertTrue(browser.find("#notifications").getText().contains("Du er tilmeldt " + course.titleDa()),
                browser.text());
        browser.assertAccessible();
        browser.logOut();

        String consultant = db.account("Konsulent Holm", null, "CONSULTANT");
        browser.logIn(consultant, TestDatabase.PASSWORD);
        browser.open("/consultant/course-edit.xhtml?code=" + course.code());
        browser.find("#lifecycle-published\\:reason").sendKeys("For få tilmeldte");
        browser.clickAndWait("#lifecycle-published\\:cancel");
        assertTrue(browser.find("#status").getText().contains("Aflyst"), browser.text());

        Calendar cancelled = invite(mailTo(teacher, course.titleDa() + " er aflyst"));
        assertEquals("CANCEL", cancelled.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent gone = cancelled.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals(uid, gone.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("1", gone.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
