package dk.samspil.enrolment.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void theMinimumShareOfSessionsIsRoundedUp() {
        // 80 % of 6 sessions is 4.8: five must be attended.
        assertEquals(5, new Progress(6, 0, 0, 80, 0, 0).sessionsNeeded());
        assertEquals(4, new Progress(5, 0, 0, 80, 0, 0).sessionsNeeded());
        assertEquals(0, new Progress(0, 0, 0, 80, 0, 0).sessionsNeeded());
        assertEquals(6, new Progress(6, 0, 0, 100, 0, 0).sessionsNeeded());
    }

    @Test
    void halfwayThroughACourseItSaysWhatIsStillNeededAndHowManyCanBeMissed() {
        // 6 sessions, 3 held, 2 attended, 80 % → 5 needed, 3 still needed, 3 to come: none can be missed.
        var progress = new Progress(6, 3, 2, 80, 2, 1);
        assertEquals(3, progress.sessionsStillNeeded());
        assertEquals(0, progress.absencesLeft());
        assertTrue(progress.attendanceReachable());
        assertEquals(1, progress.reflectionsMissing());
        assertFalse(progress.complete());
    }

    @Test
    void oneAbsenceTooManyMakesTheMinimumUnreachable() {
        var progress = new Progress(6, 4, 2, 80, 0, 0);
        assertEquals(-1, progress.absencesLeft());
        assertFalse(progress.attendanceReachable());
    }

    @Test
    void enoughAttendanceAndEveryReflectionIsComplete() {
        var progress = new Progress(6, 5, 5, 80, 2, 2);
        assertEquals(0, progress.sessionsStillNeeded());
        assertEquals(1, progress.absencesLeft());
        assertTrue(progress.complete());
    }

    @Test
    void figuresThatContradictEachOtherAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Progress(3, 4, 0, 80, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Progress(3, 2, 3, 80, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Progress(3, 2, 1, 101, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Progress(3, 2, 1, 80, 1, 2));
    }
}
