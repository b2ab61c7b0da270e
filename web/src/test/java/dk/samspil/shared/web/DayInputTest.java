package dk.samspil.shared.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DayInputTest {

    private static final Optional<LocalDate> SAINT_NICHOLAS = Optional.of(LocalDate.of(2026, 12, 6));

    @Test
    void aDayAsThePickerSendsItOrAsPeopleWriteIt() {
        for (String typed : new String[] {"2026-12-06", "6/12/2026", "06/12/2026", "6.12.2026", "06-12-2026", " 6 12 2026 "}) {
            assertEquals(SAINT_NICHOLAS, DayInput.day(typed), typed);
        }
    }

    @Test
    void whatIsNoDayIsEmpty() {
        for (String typed : new String[] {"31/2/2027", "12/6/26", "2026-13-01", "i morgen", "", null, "6/12/2026 09:00"}) {
            assertEquals(Optional.empty(), DayInput.day(typed), String.valueOf(typed));
        }
    }

    @Test
    void aTimeOnTheTwentyFourHourClock() {
        assertEquals(Optional.of(LocalTime.of(9, 30)), DayInput.time("9:30"));
        assertEquals(Optional.of(LocalTime.of(9, 30)), DayInput.time("09.30"));
        assertEquals(Optional.of(LocalTime.of(9, 30)), DayInput.time("0930"));
        assertEquals(Optional.of(LocalTime.of(14, 0)), DayInput.time("14"));
        assertEquals(Optional.of(LocalTime.of(23, 59)), DayInput.time("23:59"));
    }

    @Test
    void whatIsNoTimeIsEmpty() {
        for (String typed : new String[] {"24:00", "9:60", "9:5", "2 pm", "", null, "12345"}) {
            assertEquals(Optional.empty(), DayInput.time(typed), String.valueOf(typed));
        }
    }
}
