package dk.samspil.followup.entity;

import dk.samspil.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a follow-up opens, when its one reminder is due, and how long after the course it may be set. */
class FollowUpTest {

    private static final LocalDate OPENED = LocalDate.of(2027, 6, 1);

    @Test
    void itOpensTheChosenNumberOfWeeksAfterTheDayOfTheLastSession() {
        assertEquals(Optional.of(LocalDate.of(2027, 6, 22)), FollowUp.dueOn(LocalDateTime.of(2027, 3, 30, 15, 0), 12));
        assertEquals(Optional.of(LocalDate.of(2027, 4, 6)), FollowUp.dueOn(LocalDateTime.of(2027, 3, 30, 23, 59), 1));
        assertEquals(Optional.empty(), FollowUp.dueOn(null, 12), "a course without sessions has no day yet");
    }

    @Test
    void theWeeksMustBeBetweenOneAndAYear() {
        FollowUp followUp = new FollowUp(null, FollowUp.DEFAULT_WEEKS);
        assertEquals(12, followUp.getWeeksAfter());
        for (int weeks : new int[] {0, -1, 53}) {
            BusinessException refused = assertThrows(FollowUpRefusedException.class, () -> followUp.schedule(weeks));
            assertEquals("followup.setup.weeks-range", refused.messageKey());
        }
        assertEquals(12, followUp.getWeeksAfter(), "a refused change changes nothing");
        followUp.schedule(52);
        followUp.schedule(1);
        assertEquals(1, followUp.getWeeksAfter());
    }

    @Test
    void onceOpenItsWeeksCannotChangeAndItCannotOpenTwice() {
        FollowUp followUp = new FollowUp(null, 8);
        followUp.open(OPENED);
        assertTrue(followUp.isOpen());
        assertEquals("followup.setup.already-open",
                assertThrows(FollowUpRefusedException.class, () -> followUp.schedule(10)).messageKey());
        assertThrows(IllegalStateException.class, () -> followUp.open(OPENED.plusDays(1)));
        assertFalse(followUp.isDue(OPENED.plusYears(1)), "an opened follow-up is never due again");
    }

    @Test
    void theOneReminderIsDueTwoWeeksAfterItOpened() {
        FollowUp followUp = new FollowUp(null, 12);
        assertFalse(followUp.isReminderDue(OPENED.plusYears(1)), "not before it opened");
        followUp.open(OPENED);
        assertFalse(followUp.isReminderDue(OPENED.plusDays(FollowUp.REMINDER_AFTER_DAYS - 1)));
        assertTrue(followUp.isReminderDue(OPENED.plusDays(FollowUp.REMINDER_AFTER_DAYS)));
        assertThrows(IllegalStateException.class, () -> followUp.remind(OPENED.plusDays(3)));
        followUp.remind(OPENED.plusDays(20));
        assertEquals(OPENED.plusDays(20), followUp.getRemindedOn());
        assertFalse(followUp.isReminderDue(OPENED.plusDays(60)), "once");
    }
}
