package dk.samspil.shared.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class MessageResolverTest {

    @Test
    void datesAndTimesInAMessageAreWrittenAsItsReaderWritesThem() {
        Object[] danish = MessageResolver.readable(LanguageBacking.DANISH,
                LocalDate.of(2026, 12, 6), LocalDateTime.of(2027, 3, 2, 9, 0), "Sal 2", 3);
        assertArrayEquals(new Object[] {"6. dec. 2026", "2. mar. 2027 09:00", "Sal 2", 3}, danish);
        Object[] english = MessageResolver.readable(Locale.ENGLISH, LocalDate.of(2026, 12, 6), LocalDateTime.of(2027, 3, 2, 14, 30));
        assertArrayEquals(new Object[] {"6 Dec 2026", "2 Mar 2027 14:30"}, english);
    }
}
