package dk.samspil.it;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enrolment journeys in the browser: enrol, approve in bulk, withdraw and let the line move up. */
class EnrolmentPageIT extends BrowserJourney {

    @Test
    void aTeacherEnrolsAndSeesTheOutcomeAtOnce() {
        var course = db.course("PUBLISHED", 1);
        db.capacity(course, 1, 5);
        db.enrol(course, db.account("Allerede tilmeldt", null, "PARTICIPANT"), "CONFIRMED");
        browser.logIn(db.account("Anne Lærer", db.institution("Fjordskolen"), "PARTICIPANT"), TestDatabase.PASSWORD);
        CoursePage page = CoursePage.open(browser, course.code());
        browser.assertAccessible();

        page.enrol("Vi vil samarbejde med den lokale idrætsforening.");

        assertEquals("Kurset er fuldt. Du står som nr. 1 på ventelisten.", page.message());
        assertTrue(page.myEnrolment().contains("På venteliste – nr. 1"), browser.text());
        assertFalse(page.canEnrol(), "no second enrol button");
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aLeaderApprovesTwoEnrolmentsAtOnce() {
        long school = db.institution("Bakkeskolen");
        var first = db.course("PUBLISHED", 10);
        var second = db.course("PUBLISHED", 10);
        db.enrol(first, db.account("Mads Sørensen", school, "PARTICIPANT"), "AWAITING_APPROVAL");
        db.enrol(second, db.account("Signe Kjær", school, "PARTICIPANT"), "AWAITING_APPROVAL");
        String leader = db.account("Peter Aagaard", school, "LEADER", "PARTICIPANT");
        db.lead(leader, school);

        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.clickAndWait("#menu-approvals");
        assertEquals("Godkendelser", browser.heading());
        assertEquals(2, browser.findAll("#approvals\\:pending tbody tr").size(), browser.text());
        browser.assertAccessible();

        browser.findAll("#approvals\\:pending tbody input[type=checkbox]").forEach(box -> box.click());
        browser.find("#approvals\\:comment").sendKeys("God idé – vi dækker vikar.");
        browser.clickAndWait("#approvals\\:approve");

        assertEquals("Godkendt: 2 har fået plads, 0 står på venteliste.", browser.find("#messages").getText());
        assertTrue(browser.find("#none-pending").isDisplayed());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aWithdrawalGivesTheSeatToTheFirstInLine() {
        var course = db.course("PUBLISHED", 1);
        db.capacity(course, 1, 5);
        String seated = db.account("Omar Haddad", null, "PARTICIPANT");
        String waiting = db.account("Camilla Brandt", null, "PARTICIPANT");
        db.enrol(course, seated, "CONFIRMED");
        db.enrol(course, waiting, "WAITLISTED");

        browser.logIn(waiting, TestDatabase.PASSWORD);
        assertTrue(MyCoursesPage.open(browser).enrolments().contains("På venteliste – nr. 1"), browser.text());
        browser.logOut();

        browser.logIn(seated, TestDatabase.PASSWORD);
        MyCoursesPage mine = MyCoursesPage.open(browser);
        browser.assertAccessible();
        mine.withdrawFirst();
        assertTrue(mine.message().startsWith("Du er frameldt"), browser.text());
        assertTrue(mine.ended().contains("Frameldt"), browser.text());
        browser.logOut();

        browser.logIn(waiting, TestDatabase.PASSWORD);
        assertTrue(MyCoursesPage.open(browser).enrolments().contains("Bekræftet"), browser.text());
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theConsultantSeesTheListAndTheLineInOrder() {
        var course = db.course("PUBLISHED", 1);
        db.capacity(course, 1, 5);
        db.enrol(course, db.account("Siddende", null, "PARTICIPANT"), "CONFIRMED");
        String first = db.account("Første i kø", null, "PARTICIPANT");
        String second = db.account("Anden i kø", null, "PARTICIPANT");
        db.enrol(course, first, "WAITLISTED");
        db.enrol(course, second, "WAITLISTED");

        browser.logIn(db.account("Konsulent Berg", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-enrolments.xhtml?code=" + course.code());
        assertEquals("2 / 5", browser.find("#count-waitlisted").getText());
        browser.assertAccessible();

        browser.clickAndWait("#list\\:enrolments\\:2\\:up");
        assertTrue(browser.find("#messages").getText().contains("Skriv en begrundelse"), browser.text());
        browser.find("#list\\:reason").sendKeys("Skolen har prioriteret hende");
        browser.clickAndWait("#list\\:enrolments\\:2\\:up");
        String rows = browser.find("#list\\:enrolments").getText();
        assertTrue(rows.indexOf("Anden i kø") < rows.indexOf("Første i kø"), rows);
        browser.assertNoJavaScriptErrors();
    }
}
