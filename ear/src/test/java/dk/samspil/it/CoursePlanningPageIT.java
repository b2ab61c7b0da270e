package dk.samspil.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consultant plans a course from an empty form to the catalogue: two modules, three sessions,
 * a partner that hosts one of them, then publishing; the public page shows all of it.
 */
class CoursePlanningPageIT extends BrowserJourney {

    private static final LocalDate START = LocalDate.now().plusMonths(2).withDayOfMonth(1);

    private void type(String css, String value) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(value);
    }

    private void addModule(String title, String objectives) {
        type("#module-form\\:module-title", title);
        type("#module-form\\:module-objectives-da", objectives);
        browser.clickAndWait("#module-form\\:save-module");
    }

    private void addSession(int module, LocalDate day, String from, String to, long room, Long host) {
        browser.clickAndWait("#modules\\:module\\:" + module + "\\:add-session");
        browser.fill("#session\\:day", day.toString());
        browser.fill("#session\\:starts", from);
        browser.fill("#session\\:ends", to);
        new Select(browser.find("#session\\:room")).selectByValue(String.valueOf(room));
        if (host != null) {
            new Select(browser.find("#session\\:host")).selectByValue(String.valueOf(host));
        }
        browser.clickAndWait("#session\\:save-session");
    }

    @Test
    void theCourseListFindsCoursesByWordsStatusAndSemesterAndHidesCancelledOnesByDefault() {
        var published = db.course("PUBLISHED", 10);
        var cancelled = db.course("PUBLISHED", 10);
        db.set(cancelled, "status = 'CANCELLED', cancellation_reason = 'For få tilmeldte'");
        var nextAutumn = db.course("DRAFT", 10, "test-theme", LocalDate.of(LocalDate.now().getYear() + 1, 9, 10));
        String word = "Filtrering" + TestDatabase.unique();
        for (var course : List.of(published, cancelled, nextAutumn)) {
            db.set(course, "title_da = CONCAT('" + word + " ', title_da)");
        }
        browser.logIn(db.account("Konsulent Fisker", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-planning.xhtml");
        browser.find("#q").sendKeys(word);
        browser.clickAndWait("#apply");

        String open = browser.find("#courses").getText();
        assertTrue(open.contains(published.code()) && open.contains(nextAutumn.code()), open);
        assertFalse(open.contains(cancelled.code()), "cancelled courses do not pile up in the default list");
        assertEquals("Kurser fundet: 2", browser.find("#count").getText());
        browser.assertAccessible();

        new Select(browser.find("#status")).selectByValue("CANCELLED");
        browser.clickAndWait("#apply");
        assertEquals(List.of(cancelled.code()), codes());

        new Select(browser.find("#status")).selectByValue("all");
        new Select(browser.find("#semester")).selectByValue((LocalDate.now().getYear() + 1) + "-2");
        browser.clickAndWait("#apply");
        assertEquals(List.of(nextAutumn.code()), codes());
        assertEquals("Efterår " + (LocalDate.now().getYear() + 1),
                new Select(browser.find("#semester")).getFirstSelectedOption().getText(), "the choice stays shown");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aSessionRepeatedWeeklyIsCheckedForEachDateAndSavedForAllOfThem() {
        var course = db.course("DRAFT", 10);
        long room = db.room();
        LocalDate first = LocalDate.now().plusMonths(3).with(DayOfWeek.TUESDAY);
        // Another course has the room in the third week.
        var other = db.course("PUBLISHED", 10);
        db.update("INSERT INTO course_session (module_id, starts_at, ends_at, room_id) VALUES (?, ?, ?, ?)",
                other.moduleId(), first.plusWeeks(2).atTime(10, 0), first.plusWeeks(2).atTime(12, 0), room);
        browser.logIn(db.account("Konsulent Ugedag", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-programme.xhtml?code=" + course.code());
        browser.clickAndWait("#modules\\:module\\:0\\:add-session");
        browser.fill("#session\\:day", first.toString());
        browser.fill("#session\\:starts", "09:00");
        browser.fill("#session\\:ends", "15:00");
        type("#session\\:weeks", "6");
        new Select(browser.find("#session\\:room")).selectByValue(String.valueOf(room));
        browser.assertAccessible();
        browser.clickAndWait("#session\\:save-session");

        String warning = browser.find("#messages").getText();
        String clash = first.plusWeeks(2).format(DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.forLanguageTag("da")));
        assertTrue(warning.contains(other.code() + " den " + clash + " 10:00"), "the clash in the third week is named: " + warning);
        List<String> lines = List.of(warning.split("\n"));
        assertEquals(lines.size(), new HashSet<>(lines).size(), "each warning once, each naming its own date: " + warning);
        assertEquals(1L, db.value("SELECT COUNT(*) FROM course_session WHERE module_id = ?", course.moduleId()),
                "nothing is saved before the consultant confirms");
        browser.clickAndWait("#session\\:save-anyway");

        List<Long> weekly = db.ids("""
                SELECT DATEDIFF(starts_at, ?) FROM course_session WHERE module_id = ? AND starts_at >= ? ORDER BY starts_at""",
                first, course.moduleId(), first);
        assertEquals(List.of(0L, 7L, 14L, 21L, 28L, 35L), weekly);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aPriceIsTypedTheDanishWayAndAnAmbiguousOneIsRefused() {
        var course = db.course("DRAFT", 10);
        db.addressTo(course, "TEACHER");
        browser.logIn(db.account("Konsulent Kroner", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-edit.xhtml?code=" + course.code());

        type("#course\\:price", "1450.00");
        browser.clickAndWait("#course\\:save");
        assertEquals("Skriv prisen som et beløb i kroner, fx 1.450,00.",
                browser.find("[id='course:price'] ~ .field-error").getText(), "not read as 145.000 kr.");
        assertEquals(0, ((java.math.BigDecimal) db.value("SELECT price FROM course WHERE id = ?", course.id())).signum());

        type("#course\\:price", "1.450,50");
        new Select(browser.find("#course\\:payer")).selectByValue("INSTITUTION");
        browser.clickAndWait("#course\\:save");
        assertTrue(browser.find("#messages").getText().contains("er gemt"), browser.text());
        assertEquals(0, new java.math.BigDecimal("1450.50").compareTo(
                (java.math.BigDecimal) db.value("SELECT price FROM course WHERE id = ?", course.id())));
        assertEquals("1450,50", browser.find("#course\\:price").getAttribute("value"));
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void moreWeeksThanASemesterHasAreRefusedAtTheField() {
        var course = db.course("DRAFT", 10);
        long room = db.room();
        browser.logIn(db.account("Konsulent Grænse", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-programme.xhtml?code=" + course.code());
        browser.clickAndWait("#modules\\:module\\:0\\:add-session");
        browser.fill("#session\\:day", LocalDate.now().plusMonths(3).toString());
        browser.fill("#session\\:starts", "09:00");
        browser.fill("#session\\:ends", "15:00");
        browser.fill("#session\\:weeks", "21");
        browser.execute("arguments[0].removeAttribute('max')", browser.find("#session\\:weeks")); // past the browser's own check
        new Select(browser.find("#session\\:room")).selectByValue(String.valueOf(room));
        browser.clickAndWait("#session\\:save-session");
        assertEquals("Antal uger skal være mellem 1 og 20.", browser.find("[id='session:weeks'] ~ .field-error").getText());
        assertEquals(1L, db.value("SELECT COUNT(*) FROM course_session WHERE module_id = ?", course.moduleId()));
    }

    private List<String> codes() {
        return browser.findAll("#courses tbody tr td:first-child a").stream().map(WebElement::getText).toList();
    }

    @Test
    void aConsultantCreatesACourseWithModulesAndSessions_linksAHost_andPublishesIt() {
        String theme = db.theme();
        long room = db.room();
        long host = db.partnerLogin("vaert-" + TestDatabase.unique() + "@test.example");
        String code = "PG-" + TestDatabase.unique();
        browser.logIn(db.account("Konsulent Kjær", null, "CONSULTANT"), TestDatabase.PASSWORD);
        browser.open("/consultant/course-planning.xhtml");
        browser.clickAndWait("#new-course");
        assertEquals("Nyt kursus", browser.heading());
        browser.assertAccessible();

        type("#course\\:code", code);
        type("#course\\:title-da", "Læsemakkere med frivillige");
        type("#course\\:description-da", "Sådan samarbejder skolen med frivillige læsemakkere <script>alert(1)</script>.");
        new Select(browser.find("#course\\:theme")).selectByValue(theme);
        browser.find("input[name='course:target-groups'][value='TEACHER']").click();
        new Select(browser.find("#course\\:ects")).selectByValue("5");
        type("#course\\:price", "0");
        type("#course\\:place", "Fjordskolen, Vejle");
        browser.fill("#course\\:period-start", START.toString());
        browser.fill("#course\\:period-end", START.plusMonths(1).toString());
        browser.fill("#course\\:deadline", START.minusWeeks(2).toString());
        type("#course\\:min", "12");
        type("#course\\:max", "8");
        browser.clickAndWait("#course\\:save");
        assertEquals("Minimum kan ikke være større end maksimum.", browser.find("[id='course:min'] ~ .field-error").getText());
        assertEquals("Læsemakkere med frivillige", browser.find("#course\\:title-da").getAttribute("value"),
                "what was typed is kept");
        browser.assertAccessible();

        type("#course\\:min", "4");
        browser.clickAndWait("#course\\:save");
        assertTrue(browser.find("#messages").getText().contains("er oprettet som kladde"), browser.text());
        assertTrue(browser.find("#status").getText().contains("Kladde"));

        browser.clickAndWait("#tab-programme");
        browser.assertAccessible();
        addModule("Frivillige i skolens hverdag", "Forstå frivilliges motiver og rammer.");
        addModule("Læsemakkere og fælles evaluering", "Evaluere et læseforløb sammen med frivillige.");
        addSession(0, START.plusDays(2), "09:00", "12:00", room, null);
        addSession(0, START.plusDays(9), "09:00", "12:00", room, null);
        addSession(1, START.plusDays(16), "13:00", "16:00", room, host);
        assertEquals(3, browser.findAll("table.sessions tbody tr").size(), browser.text());
        browser.assertAccessible();

        addSession(1, START.plusDays(16), "14:00", "15:00", room, null);
        assertTrue(browser.find("#messages").getText().contains("er allerede booket til " + code), browser.text());
        browser.assertAccessible();
        browser.clickAndWait("#session\\:cancel-session");
        assertEquals(3, browser.findAll("table.sessions tbody tr").size(), "the warned session was not saved");

        browser.clickAndWait("#tab-course");
        browser.clickAndWait("#lifecycle\\:publish");
        assertTrue(browser.find("#status").getText().contains("Offentliggjort"), browser.text());
        browser.assertNoJavaScriptErrors();

        browser.logOut();
        browser.open("/catalog/course.xhtml?code=" + code);
        assertEquals("Læsemakkere med frivillige", browser.heading());
        String page = browser.text();
        assertTrue(page.contains("2. Læsemakkere og fælles evaluering"), page);
        assertTrue(page.contains("<script>alert(1)</script>"), "typed HTML is shown as text");
        assertTrue(browser.find("#partners").getText().contains("vært"), page);
        assertEquals("Gratis for deltageren", browser.find("#price").getText());
        browser.assertAccessible();
    }
}
