package dk.samspil.catalog.entity;

import dk.samspil.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CourseTest {

    private static Course course(int ects, int min, int max) {
        return new Course("EVU-T-1", new LocalizedText("Titel", null), new LocalizedText("Beskrivelse", null),
                new Theme("open-school", new LocalizedText("Åben skole", "Open school")), ects, "Campus",
                LocalDate.of(2027, 1, 15), min, max, null);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 10, 15})
    void diplomaModulesCarryFiveTenOrFifteenEcts(int ects) {
        assertEquals(ects, course(ects, 1, 10).getEcts());
    }

    @ParameterizedTest
    @ValueSource(ints = {-5, 1, 7, 20, 60})
    void otherEctsValuesAreRefused(int ects) {
        assertThrows(IllegalArgumentException.class, () -> course(ects, 1, 10));
    }

    @Test
    void minimumMayNotExceedMaximum() {
        assertThrows(IllegalArgumentException.class, () -> course(0, 11, 10));
        assertDoesNotThrow(() -> course(0, 10, 10));
    }

    @Test
    void participantLimitsHaveBounds() {
        assertThrows(IllegalArgumentException.class, () -> course(0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> course(0, 1, Course.MAX_PARTICIPANTS_LIMIT + 1));
    }

    @Test
    void seatsLeftNeverGoesBelowZero() {
        assertEquals(3, Course.seatsLeft(10, 7));
        assertEquals(0, Course.seatsLeft(10, 10));
        assertEquals(0, Course.seatsLeft(10, 12));
    }

    @Test
    void aNewCourseIsADraftAndCanBePublishedOnce() {
        var course = course(5, 1, 10);
        assertEquals(CourseStatus.DRAFT, course.getStatus());
        course.publish();
        assertEquals(CourseStatus.PUBLISHED, course.getStatus());
        assertThrows(IllegalStateException.class, course::publish);
    }

    @Test
    void theCoursePeriodSpansAllSessionsOfAllModules() {
        var course = course(5, 1, 10);
        assertNull(course.getFirstSessionAt());
        var first = new CourseModule(course, 1, new LocalizedText("Modul 1", null), null);
        var second = new CourseModule(course, 2, new LocalizedText("Modul 2", null), null);
        var march = LocalDateTime.of(2027, 3, 10, 9, 0);
        new CourseSession(second, march.plusWeeks(2), march.plusWeeks(2).plusHours(3), "Lokale 2");
        new CourseSession(first, march, march.plusHours(6), "Lokale 1");
        new CourseSession(first, march.plusWeeks(1), march.plusWeeks(1).plusHours(4), "Lokale 1");

        course.spanSessions();

        assertEquals(march, course.getFirstSessionAt());
        assertEquals(march.plusWeeks(2).plusHours(3), course.getLastSessionAt());
        assertEquals(2, course.getModules().size());
    }

    @Test
    void aSessionMustEndAfterItStarts() {
        var module = new CourseModule(course(0, 1, 10), 1, new LocalizedText("Modul", null), null);
        var start = LocalDateTime.of(2027, 3, 10, 9, 0);
        assertThrows(IllegalArgumentException.class, () -> new CourseSession(module, start, start, "Lokale"));
    }
}
