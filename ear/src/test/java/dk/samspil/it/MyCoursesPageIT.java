package dk.samspil.it;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The participant's home answers "what now?": the next sessions, progress per course, the rest apart. */
class MyCoursesPageIT extends BrowserJourney {

    @Test
    void aParticipantSeesTheirNextSessionAndWhatTheyStillNeedForTheCertificate() {
        var course = db.course("PUBLISHED", 10);
        // One session held last week (attended), the course's own session still to come; 100 % required.
        long room = db.room();
        LocalDateTime held = LocalDateTime.now().minusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
        db.update("INSERT INTO course_session (module_id, starts_at, ends_at, room_id) VALUES (?, ?, ?, ?)",
                course.moduleId(), held, held.plusHours(6), room);
        db.set(course, "min_attendance_percent = 100");
        db.update("UPDATE course_module SET reflection_required = TRUE WHERE id = ?", course.moduleId());
        String participant = db.account("Camilla Brandt", null, "PARTICIPANT");
        db.enrol(course, participant, "CONFIRMED");
        db.update("""
                INSERT INTO attendance (session_id, enrolment_id, status, registered_by, registered_at)
                SELECT s.id, e.id, 'PRESENT', e.account_id, NOW() FROM course_session s, enrolment e
                WHERE s.module_id = ? AND s.starts_at < NOW() AND e.course_id = ?""", course.moduleId(), course.id());
        var withdrawnFrom = db.course("PUBLISHED", 10);
        db.enrol(withdrawnFrom, participant, "WITHDRAWN");

        browser.logIn(participant, TestDatabase.PASSWORD);
        MyCoursesPage mine = MyCoursesPage.open(browser);

        String upcoming = mine.upcoming();
        assertTrue(upcoming.contains(course.titleDa()) && upcoming.contains("Campus Test"), upcoming);
        assertFalse(upcoming.contains(withdrawnFrom.titleDa()), "no sessions of a course one has left");
        String current = mine.current();
        assertTrue(current.contains("Fremmøde: 1 af 1 afholdte kursusgange (2 i alt, mindst 2 kræves)."), current);
        assertTrue(current.contains("Refleksioner: 0 af 1 afleveret."), current);
        assertFalse(current.contains(withdrawnFrom.titleDa()), "a withdrawn enrolment is not current");
        assertTrue(mine.ended().contains(withdrawnFrom.titleDa()), "it is folded away under its own heading");
        browser.assertAccessible();

        browser.clickAndWait("#write-" + course.moduleId());
        assertEquals("participant/reflection.xhtml", browser.path());
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theCalendarFeedCanBeCopiedOrSubscribedToInOneClick() {
        String participant = db.account("Omar Haddad", null, "PARTICIPANT");
        browser.logIn(participant, TestDatabase.PASSWORD);
        MyCoursesPage.open(browser);

        String feed = browser.find("#calendar\\:feed").getAttribute("value");
        assertTrue(feed.matches("http://.+/api/calendar/[A-Za-z0-9_-]{43}\\.ics"), feed);
        assertEquals(feed.replaceFirst("^http", "webcal"), browser.find("#webcal").getAttribute("href"));
        browser.find("#copy-feed").click();
        browser.waitUntil(() -> "Adressen er kopieret.".equals(browser.find("#copy-status").getText()));
        browser.assertNoJavaScriptErrors();
    }
}
