package dk.samspil.it;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A participant evaluates an ended course; the consultant reads the aggregates and the chart. */
class EvaluationPageIT extends BrowserJourney {

    @Test
    void aParticipantEvaluatesAndTheConsultantSeesTheResults() {
        var course = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusDays(1));
        String consultant = db.account("Konsulent Holm", null, "CONSULTANT");
        db.set(course, "consultant_id = (SELECT id FROM account WHERE email = '" + consultant + "')");
        String participant = db.account("Ærligt Svar", null, "PARTICIPANT");
        db.enrol(course, participant, "CONFIRMED");
        for (int earlier = 0; earlier < 2; earlier++) {
            db.update("INSERT INTO evaluation_response (course_id, submitted_on) VALUES (?, CURDATE())", course.id());
        }

        browser.logIn(participant, TestDatabase.PASSWORD);
        MyCoursesPage.open(browser).evaluate(course.code());
        browser.assertAccessible();
        browser.find("#evaluation\\:questions\\:0\\:score\\:3").click();
        browser.find("#evaluation\\:questions\\:4\\:comment").sendKeys("Flere besøg hos foreningerne, tak.");
        browser.clickAndWait("#evaluation\\:send");
        assertEquals("Tak! Din evaluering er modtaget.", browser.find("#messages").getText());
        assertTrue(browser.find("#answered").isDisplayed());
        browser.assertNoJavaScriptErrors();
        browser.logOut();

        browser.logIn(consultant, TestDatabase.PASSWORD);
        browser.open("/consultant/course-evaluation.xhtml?code=" + course.code());
        assertEquals("3", browser.find("#responses strong").getText());
        assertTrue(browser.find("#scores").getText().contains("4: 1"), browser.text());
        assertTrue(browser.text().contains("Flere besøg hos foreningerne, tak."));
        assertTrue(browser.findAll("#chart canvas").size() == 1, "the chart is drawn");
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }
}
