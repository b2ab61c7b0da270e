package dk.samspil.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follow-up on transfer, end to end: the consultant attaches it to an ended course and sends it
 * out; the participant and her leader get a mail (GreenMail, port 3025); she answers and shares her
 * answers with her leader, who reads them and answers his own questions, which she then reads.
 */
class FollowUpPageIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static String body(MimeMessage message) throws Exception {
        return ((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
    }

    @Test
    void aCompletedParticipantAnswersTheFollowUpAndSharesItWithHerLeader() throws Exception {
        db.update("UPDATE notification SET mailed_at = NOW() WHERE mailed_at IS NULL"); // other tests' mails
        long school = db.institution("Opfølgningens skole");
        String leader = db.account("Leder Lund", school, "LEADER", "PARTICIPANT");
        db.lead(leader, school);
        String teacher = db.account("Lærer Louise Ærø", school, "PARTICIPANT");
        var course = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusWeeks(13));
        db.enrol(course, teacher, "COMPLETED");
        String consultant = (String) db.value(
                "SELECT a.email FROM account a JOIN course c ON c.consultant_id = a.id WHERE c.id = ?", course.id());

        browser.logIn(consultant, TestDatabase.PASSWORD);
        browser.open("/consultant/course-follow-up.xhtml?code=" + course.code());
        assertTrue(browser.find("#state").getText().contains("ingen opfølgning"), browser.text());
        browser.clickAndWait("#schedule\\:attach");
        assertEquals("Opfølgningen er tilføjet med skolens standardspørgsmål.", browser.find("#messages").getText());
        assertEquals(5, browser.findAll("#participant-questions li").size());
        browser.assertAccessible();
        browser.clickAndWait("#schedule\\:open-now");
        assertEquals("Opfølgningen er sendt ud til deltagerne og deres ledere.", browser.find("#messages").getText());
        assertTrue(browser.find("#state").getText().contains("til 1 deltagere"), browser.text());
        assertTrue(browser.findAll("#schedule\\:attach").isEmpty(), "an opened follow-up cannot be moved");
        browser.assertNoJavaScriptErrors();
        browser.logOut();

        assertTrue(body(Mailbox.mailTo(MAIL, teacher, "Hvad er der kommet ud af " + course.titleDa())).contains("Mine kurser"));
        assertTrue(body(Mailbox.mailTo(MAIL, leader, "Opfølgning på " + course.titleDa())).contains("Lærer Louise Ærø"));

        browser.logIn(teacher, TestDatabase.PASSWORD);
        browser.open("/participant/my-courses.xhtml");
        browser.clickAndWait(browser.find("#follow-ups a"));
        assertEquals("participant/follow-up.xhtml", browser.path());
        browser.assertAccessible();
        browser.clickAndWait("#follow-up\\:send");
        assertEquals("Svar på, om du har et samarbejde med en partner.", browser.find("#follow-up\\:partnership-error").getText(),
                "the partnership question must be answered");
        browser.find("#follow-up\\:questions\\:0\\:score\\:3").click();
        browser.find("#follow-up\\:questions\\:2\\:comment").sendKeys("Læsevenner med pensionistforeningen i 4. klasse.");
        browser.find("#follow-up\\:partnership\\:0").click();
        browser.find("#follow-up\\:share-with-leader").click();
        browser.clickAndWait("#follow-up\\:send");
        assertEquals("Tak! Dine svar er gemt.", browser.find("#messages").getText());
        assertTrue(browser.find("#mine").getText().contains("Ja, et nyt samarbejde"), browser.text());
        assertTrue(browser.find("#no-leader-answer").isDisplayed());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
        browser.logOut();

        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.open("/leader/follow-ups.xhtml");
        assertTrue(browser.find("#follow-ups").getText().contains("Delt med dig"), browser.text());
        browser.clickAndWait(browser.find("#follow-ups a"));
        assertTrue(browser.find("#shared").getText().contains("Læsevenner med pensionistforeningen i 4. klasse."),
                browser.text());
        browser.assertAccessible();
        browser.find("#follow-up\\:questions\\:0\\:score\\:4").click();
        browser.find("#follow-up\\:questions\\:2\\:comment").sendKeys("Hele årgangen læser nu med frivillige.");
        browser.clickAndWait("#follow-up\\:send");
        assertEquals("Tak! Dine svar er gemt.", browser.find("#messages").getText());
        assertFalse(browser.findAll("#mine").isEmpty());
        browser.open("/leader/follow-ups.xhtml");
        browser.find("#waiting").click();
        browser.clickAndWait("#show");
        assertTrue(browser.find("#none").isDisplayed(), "nothing left waiting for the leader: " + browser.text());
        browser.assertNoJavaScriptErrors();
        browser.logOut();

        browser.logIn(teacher, TestDatabase.PASSWORD);
        browser.open("/participant/follow-up.xhtml?course=" + course.code());
        assertTrue(browser.find("#leaders").getText().contains("Hele årgangen læser nu med frivillige."), browser.text());
        browser.find("#sharing\\:share-with-leader").click();
        browser.clickAndWait("#sharing\\:save-sharing");
        assertEquals("Dine valg er gemt.", browser.find("#messages").getText());
        assertFalse(browser.find("#sharing\\:share-with-leader").isSelected(), "sharing taken back");
        browser.assertNoJavaScriptErrors();
    }
}
