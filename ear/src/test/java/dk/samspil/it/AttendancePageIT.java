package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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
    void aConsultantKeepsAWholeCoursesAttendanceOnOnePage() {
        var course = db.course("PUBLISHED", 10);
        long first = (Long) db.value("SELECT id FROM course_session WHERE module_id = ?", course.moduleId());
        db.update("""
                INSERT INTO course_session (module_id, starts_at, ends_at, room_id)
                SELECT module_id, starts_at + INTERVAL 7 DAY, ends_at + INTERVAL 7 DAY, room_id FROM course_session WHERE id = ?""",
                first);
        db.enrol(course, db.account("Anne Andersen", null, "PARTICIPANT"), "CONFIRMED");
        db.enrol(course, db.account("Bo Bøgh", null, "PARTICIPANT"), "CONFIRMED");
        db.update("""
                INSERT INTO attendance (session_id, enrolment_id, status, registered_by, registered_at)
                SELECT ?, e.id, 'PRESENT', e.account_id, NOW() FROM enrolment e JOIN account a ON a.id = e.account_id
                WHERE e.course_id = ? AND a.display_name = 'Anne Andersen'""", first, course.id());

        browser.logIn(db.account("Konsulent Berg", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-programme.xhtml?code=" + course.code());
        browser.clickAndWait("#tab-attendance");
        assertEquals(2, browser.findAll("#people > tbody > tr").size());
        assertEquals(3, browser.findAll("#people > thead th").size(), "a column per session besides the names");
        assertEquals("PRESENT", new Select(browser.find("#grid\\:person\\:0\\:session\\:0\\:status"))
                .getFirstSelectedOption().getAttribute("value"), "what is registered is shown");
        WebElement cell = browser.find("#grid\\:person\\:1\\:session\\:1\\:status");
        assertTrue(cell.getAccessibleName().startsWith("Bo Bøgh"), "the person and the session name each choice: "
                + cell.getAccessibleName());
        browser.assertAccessible();

        new Select(browser.find("#grid\\:person\\:0\\:session\\:1\\:status")).selectByValue("EXCUSED");
        new Select(cell).selectByValue("ABSENT");
        browser.clickAndWait("#grid\\:save");
        assertEquals("Fremmødet er gemt.", browser.find("#messages").getText());
        for (String status : List.of("PRESENT", "ABSENT", "EXCUSED")) {
            assertEquals(1L, db.value("""
                    SELECT COUNT(*) FROM attendance a JOIN course_session s ON s.id = a.session_id
                    WHERE s.module_id = ? AND a.status = ?""", course.moduleId(), status), status);
        }
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
