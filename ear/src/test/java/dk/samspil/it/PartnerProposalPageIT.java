package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A partner proposes new learning objectives for a module it co-designs; the consultant accepts them. */
class PartnerProposalPageIT extends BrowserJourney {

    @Test
    void aPartnerProposesAChangeThatTheConsultantAccepts() {
        var course = db.course("PUBLISHED", 20);
        String partnerEmail = "p-" + TestDatabase.unique() + "@laesebedster.example";
        long partner = db.partnerLogin(partnerEmail);
        db.link(course, partner, "CO_DESIGNER", course.moduleId());
        String proposed = "Eleverne læser højt for en frivillig læsemakker hver uge.";

        browser.logIn(partnerEmail, TestDatabase.PASSWORD);
        browser.open("/partner/my-partnerships.xhtml");
        assertTrue(browser.find("#partnerships").getText().contains(course.titleDa()), browser.text());
        browser.assertAccessible();
        browser.clickAndWait("#modules\\:module\\:0\\:propose");
        WebElement objectives = browser.find("#proposal\\:objectives-da");
        assertEquals("Læringsmål for modulet", objectives.getAttribute("value"), "the proposal starts from today's text");
        objectives.clear();
        objectives.sendKeys(proposed);
        browser.find("#proposal\\:rationale").sendKeys("Det er sådan, vi arbejder i foreningen.");
        browser.clickAndWait("#proposal\\:send");
        assertTrue(browser.find("#messages").getText().contains("er sendt til konsulenten"), browser.text());
        assertTrue(browser.find("#proposals").getText().contains("afventer konsulenten"), browser.text());
        browser.assertAccessible();
        browser.logOut();

        browser.logIn(db.account("Konsulent Berg", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-partners.xhtml?code=" + course.code());
        assertTrue(browser.find("#proposals").getText().contains(proposed), browser.text());
        browser.assertAccessible();
        browser.find("#proposals\\:proposal\\:0\\:comment").sendKeys("Tak, det tager vi med.");
        browser.clickAndWait("#proposals\\:proposal\\:0\\:accept");
        assertTrue(browser.find("#messages").getText().contains("er accepteret"), browser.text());
        browser.assertNoJavaScriptErrors();
        browser.logOut();

        browser.open("/catalog/course.xhtml?code=" + course.code());
        assertTrue(browser.text().contains(proposed), "the public page shows the accepted objectives");

        browser.logIn(partnerEmail, TestDatabase.PASSWORD);
        browser.open("/partner/my-partnerships.xhtml");
        String history = browser.find("#proposals").getText();
        assertTrue(history.contains("accepteret") && history.contains("Tak, det tager vi med."), history);
        assertEquals("Læringsmål for modulet", browser.find("#proposals .before").getText(),
                "the history keeps the text the proposal replaced");
        assertEquals(proposed, browser.find("#proposals .proposed").getText());
        assertTrue(history.contains("Læringsmål før"), history);
        browser.assertAccessible();
    }
}
