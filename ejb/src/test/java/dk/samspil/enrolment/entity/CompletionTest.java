package dk.samspil.enrolment.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The completion rule: attendance share of all sessions, and every required reflection submitted. */
class CompletionTest {

    @Test
    void enoughAttendanceAndEveryRequiredReflectionCompletes() {
        Completion completion = Completion.assess(80, 5, 4, Set.of(1L, 2L), Set.of(1L, 2L, 3L));
        assertTrue(completion.met());
        assertEquals(80, completion.attendedPercent());
    }

    @Test
    void theShareIsOfAllSessionsAndRoundsDown() {
        Completion threeOfFour = Completion.assess(80, 4, 3, Set.of(), Set.of());
        assertEquals(75, threeOfFour.attendedPercent());
        assertFalse(threeOfFour.met(), "75 % is short of 80 %");
        assertEquals(66, Completion.assess(0, 3, 2, Set.of(), Set.of()).attendedPercent());
        assertTrue(Completion.assess(0, 3, 0, Set.of(), Set.of()).met(), "a rule of 0 % asks for no attendance");
    }

    @Test
    void aMissingRequiredReflectionIsNamedAndBlocksCompletion() {
        Completion completion = Completion.assess(50, 2, 2, Set.of(7L, 3L, 9L), Set.of(9L));
        assertTrue(completion.attendanceMet());
        assertFalse(completion.met());
        assertEquals(List.of(3L, 7L), completion.missingModules());
    }

    @Test
    void aCourseWithoutSessionsHasNoAttendanceToCount() {
        assertEquals(0, Completion.assess(80, 0, 0, Set.of(), Set.of()).attendedPercent());
        assertFalse(Completion.assess(80, 0, 0, Set.of(), Set.of()).met());
    }
}
