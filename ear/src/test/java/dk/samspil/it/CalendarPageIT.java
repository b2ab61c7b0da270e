package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consultants' calendar: sessions by week or month, per room, and a free day chosen to plan a session. */
class CalendarPageIT extends BrowserJourney {

    private LocalDate sessionDay(TestDatabase.Course course) {
        return ((Date) db.value("SELECT DATE(starts_at) FROM course_session WHERE module_id = ?", course.moduleId())).toLocalDate();
    }

    @Test
    void aWeekShowsEachDaysSessionsInTheChosenRoomAndAMonthTheWholeMonth() {
        var course = db.course("PUBLISHED", 10);
        var elsewhere = db.course("PUBLISHED", 10);
        long room = ((Number) db.value("SELECT room_id FROM course_session WHERE module_id = ?", course.moduleId())).longValue();
        LocalDate day = sessionDay(course);
        browser.logIn(db.account("Konsulent Kalender", null, "CONSULTANT"), TestDatabase.PASSWORD);

        browser.open("/consultant/calendar.xhtml?date=" + day + "&room=" + room);
        String week = browser.find("#days").getText();
        assertTrue(week.contains(course.code()) && week.contains("09:00–15:00"), week);
        assertFalse(week.contains(elsewhere.code()), "another room's session is not in this room's week");
        assertTrue(week.contains("Lokalet er ledigt"), week);
        assertEquals(7, browser.findAll("#days tbody tr").size());
        browser.assertAccessible();

        new Select(browser.find("#view")).selectByValue("month");
        new Select(browser.find("#room")).selectByValue("");
        browser.clickAndWait("#show");
        String month = browser.find("#days").getText();
        assertTrue(month.contains(course.code()) && month.contains(elsewhere.code()), month);
        assertEquals(day.lengthOfMonth(), browser.findAll("#days tbody tr").size());
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aFreeDayInTheRoomIsChosenFromTheProgrammeAndTheSessionFormOpensWithIt() {
        var course = db.course("DRAFT", 10);
        long room = ((Number) db.value("SELECT room_id FROM course_session WHERE module_id = ?", course.moduleId())).longValue();
        LocalDate day = sessionDay(course);
        LocalDate free = day.plusDays(1);
        browser.logIn(db.account("Konsulent Ledig", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-programme.xhtml?code=" + course.code());
        browser.clickAndWait("#find-time-" + course.moduleId());
        assertEquals("consultant/calendar.xhtml", browser.path());

        browser.fill("#date", day.toString());
        new Select(browser.find("#room")).selectByValue(String.valueOf(room));
        browser.clickAndWait("#show");
        assertTrue(browser.findAll("#plan-" + day).isEmpty(), "the booked day cannot be chosen");
        browser.clickAndWait("#plan-" + free);

        assertEquals("consultant/course-programme.xhtml", browser.path());
        assertEquals(free.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), browser.find("#session\\:day").getAttribute("value"),
                "the chosen day, shown the Danish way by the date picker");
        assertEquals(String.valueOf(room), new Select(browser.find("#session\\:room")).getFirstSelectedOption().getAttribute("value"));
        browser.fill("#session\\:starts", "09:00");
        browser.fill("#session\\:ends", "12:00");
        browser.clickAndWait("#session\\:save-session");
        if (!browser.findAll("#session\\:save-anyway").isEmpty()) {
            browser.clickAndWait("#session\\:save-anyway"); // the day lies outside the course's planned period
        }
        assertEquals(1L, db.value("SELECT COUNT(*) FROM course_session WHERE module_id = ? AND DATE(starts_at) = ? AND room_id = ?",
                course.moduleId(), free, room));
    }
}
