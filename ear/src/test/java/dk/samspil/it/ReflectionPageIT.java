package dk.samspil.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reflection journeys in the browser: write, save, share with the leader, the leader reads, the
 * author sees the read, revokes, the leader is shut out; the course team gives feedback; and a
 * completed participant downloads the certificate and verifies its code.
 */
class ReflectionPageIT extends BrowserJourney {

    @Test
    void aReflectionIsSharedWithTheLeaderReadRevokedAndCommentedOn() {
        long school = db.institution("Fjordskolen");
        var course = db.course("PUBLISHED", 10);
        db.update("UPDATE course_module SET reflection_prompts_da = 'Hvad lærte du af foreningen?' WHERE id = ?",
                course.moduleId());
        String author = db.account("Åse Ærø", school, "PARTICIPANT");
        String leader = db.account("Leder Lund", school, "LEADER");
        db.lead(leader, school);
        String consultant = db.account("Konsulent Kragh", null, "CONSULTANT");
        db.set(course, "consultant_id = (SELECT id FROM account WHERE email = '" + consultant + "')");
        db.enrol(course, author, "CONFIRMED");

        browser.logIn(author, TestDatabase.PASSWORD);
        MyCoursesPage.open(browser).reflections(course.code());
        browser.assertAccessible();
        browser.clickAndWait("#write-1");
        assertTrue(browser.text().contains("Hvad lærte du af foreningen?"), "the module's prompts are shown");
        browser.find("#write\\:text .ql-editor").sendKeys("Spejderne lærte os at planlægge udeskole sammen.");
        browser.clickAndWait("#write\\:save");
        assertTrue(browser.find("#messages").getText().startsWith("Kladden er gemt"), browser.text());
        browser.clickAndWait("#write\\:submit");
        assertEquals("Refleksionen er indsendt.", browser.find("#messages").getText());
        browser.clickAndWait("#share\\:audience\\:1\\:share");
        assertTrue(browser.find("#messages").getText().contains("Min leder"), browser.text());
        browser.clickAndWait("#share\\:audience\\:0\\:share");
        assertTrue(browser.find("#no-reads").isDisplayed());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
        String writePage = "/participant/reflection.xhtml?module=" + course.moduleId();
        browser.logOut();

        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.clickAndWait("#menu-staff-reflections");
        browser.assertAccessible();
        browser.clickAndWait("#shared a.open");
        assertEquals("Åse Ærø", browser.find("#author").getText());
        assertTrue(browser.find("#body").getText().contains("Spejderne lærte os"), browser.text());
        assertTrue(browser.findAll("#feedback\\:text").isEmpty(), "a leader gives no course feedback");
        browser.assertAccessible();
        String readPage = "/reflection/read.xhtml?id=" + db.value("SELECT id FROM reflection WHERE module_id = ?",
                course.moduleId());
        browser.logOut();

        browser.logIn(author, TestDatabase.PASSWORD);
        browser.open(writePage);
        assertTrue(browser.find("#reads").getText().contains("Leder Lund"), browser.text());
        browser.clickAndWait("#share\\:audience\\:1\\:revoke");
        assertTrue(browser.find("#messages").getText().contains("trukket tilbage"), browser.text());
        browser.logOut();

        browser.assertNoJavaScriptErrors();
        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.open(readPage);
        assertTrue(browser.heading().contains("404") || browser.text().contains("findes ikke"), browser.text());
        assertTrue(!browser.text().contains("Spejderne lærte os"), "the revoked reflection is gone for the leader");
        browser.forgetLog();
        browser.open("/");
        browser.logOut();

        browser.logIn(consultant, TestDatabase.PASSWORD);
        browser.open("/reflection/course.xhtml?code=" + course.code());
        browser.clickAndWait("#shared a.open");
        browser.find("#feedback\\:text").sendKeys("Godt – inddrag også forældrene næste gang.");
        browser.clickAndWait("#feedback\\:send");
        assertTrue(browser.find("#messages").getText().startsWith("Feedback er sendt"), browser.text());
        browser.assertAccessible();
        browser.logOut();

        browser.logIn(author, TestDatabase.PASSWORD);
        browser.open(writePage);
        assertTrue(browser.text().contains("Godt – inddrag også forældrene næste gang."), browser.text());
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aCompletedParticipantDownloadsTheCertificateAndItsCodeVerifies() throws IOException {
        var course = db.course("PUBLISHED", 10);
        String participant = db.account("Søren Ærø Ågård", null, "PARTICIPANT");
        db.enrol(course, participant, "COMPLETED");
        String code = "TEST-" + TestDatabase.unique().substring(0, 4).toUpperCase() + "-2345";
        db.update("""
                INSERT INTO certificate (enrolment_id, code, issued_at)
                SELECT e.id, ?, NOW() FROM enrolment e WHERE e.course_id = ?""", code, course.id());

        browser.logIn(participant, TestDatabase.PASSWORD);
        Path pdf = MyCoursesPage.open(browser).downloadFirstCertificate();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Søren Ærø Ågård"), text);
            assertTrue(text.contains(code), text);
        }
        browser.logOut();

        browser.open("/verify.xhtml");
        browser.find("#code").sendKeys(code.toLowerCase());
        browser.clickAndWait("#check");
        assertTrue(browser.find("#result").getText().contains("Kursusbeviset er ægte"), browser.text());
        assertEquals("Søren Ærø Ågård", browser.find("#participant").getText());
        browser.assertAccessible();
        browser.open("/verify.xhtml?code=ZZZZ-ZZZZ-ZZZZ");
        assertTrue(browser.find("#result").getText().contains("Der findes intet kursusbevis"), browser.text());
        browser.assertNoJavaScriptErrors();
    }
}
