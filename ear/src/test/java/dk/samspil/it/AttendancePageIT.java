package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attendance register: everyone on one screen, kept by a consultant; other partners see nothing. */
class AttendancePageIT extends BrowserJourney {

    @Test
    void aConsultantRegistersAttendanceForEveryoneAtOnce() {
        var course = db.course("PUBLISHED", 10);
        db.enrol(course, db.account("Anne Andersen", null, "PARTICIPANT"), "CONFIRMED");
        db.enrol(course, db.account("Bo Bøgh", null, "PARTICIPANT"), "CONFIRMED");
        db.enrol(course, db.account("Cecilie Venter", null, "PARTICIPANT"), "WAITLISTED");
        long session = (Long) db.value("SELECT id FROM course_session WHERE module_id = ?", course.moduleId());

        browser.logIn(db.account("Konsulent Berg", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/attendance/register.xhtml?session=" + session);
        assertEquals("Fremmøde", browser.heading());
        assertEquals(2, browser.findAll("#lines > tbody > tr").size(), "only people with a seat are on the register");
        browser.assertAccessible();

        browser.clickAndWait("#register\\:everyone-present");
        browser.find("#register\\:line\\:1\\:status input[value='ABSENT']").click();
        browser.clickAndWait("#register\\:save");

        assertEquals("Fremmødet er gemt.", browser.find("#messages").getText());
        assertEquals(1L, db.value("SELECT COUNT(*) FROM attendance WHERE session_id = ? AND status = 'PRESENT'", session));
        assertEquals(1L, db.value("SELECT COUNT(*) FROM attendance WHERE session_id = ? AND status = 'ABSENT'", session));
        assertTrue(browser.find("#register\\:line\\:1\\:status input[value='ABSENT']").isSelected());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aScreenReaderHearsEachChoiceByItsOwnNameAndThePersonAsTheGroup() {
        var course = db.course("PUBLISHED", 10);
        db.enrol(course, db.account("Camilla Brandt", null, "PARTICIPANT"), "CONFIRMED");
        long session = (Long) db.value("SELECT id FROM course_session WHERE module_id = ?", course.moduleId());

        browser.logIn(db.account("Konsulent Berg", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/attendance/register.xhtml?session=" + session);

        WebElement group = browser.find("#lines [role='radiogroup']");
        assertEquals("radiogroup", group.getAriaRole());
        assertEquals("Camilla Brandt", group.getAccessibleName());
        List<String> names = group.findElements(By.cssSelector("input[type='radio']")).stream()
                .map(WebElement::getAccessibleName).toList();
        assertEquals(List.of("Til stede", "Fraværende", "Meldt afbud"), names);
    }

    @Test
    void aPartnersFacilitatorFindsTheSessionAndKeepsItsRegister() {
        var course = db.course("PUBLISHED", 10);
        db.enrol(course, db.account("Dorthe Deltager", null, "PARTICIPANT"), "CONFIRMED");
        long session = (Long) db.value("SELECT id FROM course_session WHERE module_id = ?", course.moduleId());
        String facilitator = "f-" + TestDatabase.unique() + "@test.example";
        db.partnerLogin(facilitator);
        db.update("INSERT INTO session_facilitator (session_id, account_id) SELECT ?, id FROM account WHERE email = ?",
                session, facilitator);

        browser.logIn(facilitator, TestDatabase.PASSWORD);
        browser.open("/partner/my-partnerships.xhtml");
        browser.clickAndWait("#taught a");
        assertEquals("Fremmøde", browser.heading());
        browser.clickAndWait("#register\\:everyone-present");
        browser.clickAndWait("#register\\:save");
        assertEquals(1L, db.value("SELECT COUNT(*) FROM attendance WHERE session_id = ? AND status = 'PRESENT'", session));
        browser.assertAccessible();
    }

    @Test
    void aPartnerWhoDoesNotTeachTheSessionCannotOpenItsRegister() {
        var course = db.course("PUBLISHED", 10);
        long session = (Long) db.value("SELECT id FROM course_session WHERE module_id = ?", course.moduleId());
        String partner = "p-" + TestDatabase.unique() + "@test.example";
        db.partnerLogin(partner);

        browser.logIn(partner, TestDatabase.PASSWORD);
        browser.open("/attendance/register.xhtml?session=" + session);
        assertEquals("Siden findes ikke", browser.heading());
    }
}
