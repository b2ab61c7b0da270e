package dk.samspil.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Practice stories in the browser: a teacher turns a submitted reflection into a story naming a
 * partner organisation, adds a picture and publishes it to the public; the partner's contact is
 * mailed, reads it and consents; a visitor then finds it on the next run's course page and in the
 * story search, in Danish and English; the teacher takes it back and it is gone from both and from
 * the API.
 */
class StoryPageIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void aParticipantPublishesAStoryThatAPartnerApprovesThenTakesItBack() throws Exception {
        String theme = db.theme();
        long school = db.institution("Fortælleskolen");
        String teacher = db.account("Lærer Fortæller", school, "PARTICIPANT");
        TestDatabase.Course course = db.course("PUBLISHED", 10, theme, LocalDate.now().minusDays(20));
        db.enrol(course, teacher, "COMPLETED");
        TestDatabase.Course nextRun = db.course("PUBLISHED", 10, theme, LocalDate.now().plusDays(60));
        db.update("UPDATE course SET origin_id = ? WHERE id = ?", course.id(), nextRun.id());
        db.update("""
                INSERT INTO reflection (author_id, module_id, body, status, created_at, updated_at, submitted_at)
                SELECT id, ?, '<p>Eleverne læste højt for de frivillige hver uge.</p>', 'SUBMITTED', NOW(), NOW(), NOW()
                FROM account WHERE email = ?""", course.moduleId(), teacher);
        db.update("INSERT INTO reflection_version (reflection_id, number, body, submitted_at) SELECT id, 1, body, NOW() "
                + "FROM reflection WHERE module_id = ?", course.moduleId());
        String contact = db.account("Kontakt Fortælling", null, "PARTNER");
        long partner = db.partnerLogin(contact);
        String organisation = (String) db.value("SELECT name FROM partner_organisation WHERE id = ?", partner);
        String title = "Læsevenner i 5.A " + TestDatabase.unique();

        browser.logIn(teacher, TestDatabase.PASSWORD);
        browser.open("/participant/my-learning.xhtml");
        browser.clickAndWait("#story-from-" + course.moduleId());
        assertTrue(browser.find("#story\\:learned").getAttribute("value").contains("Eleverne læste højt"),
                "the story starts from the reflection");
        browser.assertAccessible();
        browser.fill("#story\\:title", title);
        browser.find("#story\\:ageGroup\\:2").click();
        browser.fill("#story\\:partnerFilter", organisation);
        browser.clickAndWait("#story\\:find-partners");
        assertTrue(browser.find("#story\\:partner-choices").getText().contains(organisation), browser.text());
        assertEquals(title, browser.find("#story\\:title").getAttribute("value"), "finding partners keeps what was typed");
        browser.find("#story\\:partners\\:0").click();
        browser.clickAndWait("#story\\:save");
        assertTrue(browser.text().contains("Skal udfyldes."), "refused without what we did: " + browser.text());
        assertEquals(0L, db.value("SELECT COUNT(*) FROM practice_story WHERE title = ?", title), "and nothing saved");
        browser.fill("#story\\:did", "Foreningens frivillige læste med 5.A hver tirsdag i skolebiblioteket.");
        browser.clickAndWait("#story\\:save");
        assertTrue(browser.find("#messages").getText().contains("Fortællingen er gemt"), browser.text());
        long story = ((Number) db.value("SELECT id FROM practice_story WHERE title = ?", title)).longValue();

        browser.upload("#new-picture\\:picture", picture());
        browser.fill("#new-picture\\:alt", "Elever og frivillige læser sammen i biblioteket");
        browser.clickAndWait("#new-picture\\:add-picture");
        assertTrue(browser.find("#messages").getText().contains("Billedet er tilføjet"), browser.text());
        browser.find("#publishing\\:audience\\:2").click();
        browser.clickAndWait("#publishing\\:publish");
        assertTrue(browser.find("#story-state").getText().contains("Venter på samtykke"), browser.text());
        browser.assertAccessible();
        browser.logOut();

        assertFalse(visitorSeesOnCoursePage(nextRun, title), "not shown before the partner consents");
        String asked = ((MimeMultipart) Mailbox.mailTo(MAIL, contact, "Må " + organisation).getContent())
                .getBodyPart(0).getContent().toString();
        assertTrue(asked.contains(title) && asked.contains("/partner/stories.xhtml"), asked);

        browser.logIn(contact, TestDatabase.PASSWORD);
        browser.open("/partner/stories.xhtml");
        assertTrue(browser.find("#stories").getText().contains("Venter på jeres svar"), browser.text());
        browser.assertAccessible();
        browser.open("/catalog/story.xhtml?id=" + story);
        assertTrue(browser.find("#story-did").getText().contains("skolebiblioteket"), browser.text());
        browser.assertAccessible();
        browser.clickAndWait("#consent-form\\:give");
        assertTrue(browser.find("#messages").getText().contains("samtykke er givet"), browser.text());
        browser.logOut();

        assertTrue(visitorSeesOnCoursePage(nextRun, title), "the next run's page shows what came of the course");
        browser.clickAndWait("#course-stories .story-title");
        assertEquals(title, browser.heading());
        assertEquals("Elever og frivillige læser sammen i biblioteket", browser.find(".story-pictures img").getAttribute("alt"));
        assertTrue((Boolean) browser.execute("return document.querySelector('.story-pictures img').naturalWidth > 0"),
                "the picture is served to a visitor");
        browser.assertAccessible();
        browser.open("/catalog/stories.xhtml?theme=" + theme);
        assertTrue(browser.find("#stories").getText().contains(title), browser.text());
        browser.assertAccessible();
        browser.open("/catalog/stories.xhtml?theme=" + theme + "&lang=en");
        assertTrue(browser.find("#result-count").getText().contains("1 story"), browser.text());
        browser.assertAccessible();
        browser.open("/catalog/story.xhtml?id=" + story + "&lang=en");
        assertTrue(browser.text().contains("What we did"), browser.text());
        browser.assertAccessible();
        browser.open("/index.xhtml?lang=da");
        assertEquals(200, api("/api/stories/" + story));

        browser.logIn(teacher, TestDatabase.PASSWORD);
        browser.open("/participant/story.xhtml?id=" + story);
        assertTrue(browser.find("#story-state").getText().contains("Offentliggjort"), browser.text());
        browser.clickAndWait("#taking-back\\:revoke");
        assertTrue(browser.find("#messages").getText().contains("trukket tilbage"), browser.text());
        browser.logOut();

        assertFalse(visitorSeesOnCoursePage(nextRun, title), "a revoked story is gone from the course page");
        browser.open("/catalog/stories.xhtml?theme=" + theme);
        assertTrue(browser.find("#no-stories").isDisplayed(), browser.text());
        assertEquals(404, api("/api/stories/" + story));
        assertEquals(404, api("/catalog/story.xhtml?id=" + story));
    }

    private boolean visitorSeesOnCoursePage(TestDatabase.Course course, String title) {
        browser.open("/catalog/course.xhtml?code=" + course.code());
        return browser.findAll("#course-stories").stream().anyMatch(section -> section.getText().contains(title));
    }

    private static int api(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(Server.at(path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A photo-sized JPEG picture in a file, as a participant would choose it. */
    private static Path picture() throws Exception {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2a, 0x6e, 0x3f));
        graphics.fillRect(0, 0, 1200, 900);
        graphics.dispose();
        Path file = Files.createTempFile("story-", ".jpg");
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }
}
