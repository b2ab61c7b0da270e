package dk.samspil.shared.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountConverterTest {

    private static final Locale DANISH = LanguageBacking.DANISH;
    private final AmountConverter amounts = new AmountConverter();

    @Test
    void kronerAsADaneWritesThem() {
        assertAmount("1450.50", amounts.read("1.450,50", DANISH));
        assertAmount("1450.5", amounts.read("1450,5", DANISH));
        assertAmount("1450", amounts.read("1450", DANISH));
        assertAmount("0", amounts.read("0", DANISH));
        assertEquals("1450,50", amounts.write(new BigDecimal("1450.5"), DANISH));
    }

    @Test
    void kronerAsABritonWritesThem() {
        assertAmount("1450.50", amounts.read("1,450.50", Locale.ENGLISH));
        assertAmount("1450.5", amounts.read("1450.5", Locale.ENGLISH));
        assertEquals("1450.50", amounts.write(new BigDecimal("1450.5"), Locale.ENGLISH));
    }

    private static void assertAmount(String expected, Optional<BigDecimal> read) {
        assertEquals(0, new BigDecimal(expected).compareTo(read.orElseThrow()), expected + " read as " + read);
    }

    @Test
    void whatIsNoAmountIsRefused() {
        for (String typed : new String[] {"1450 kr.", "ti", "1,2,3,4", "12e3", "--5", "1450.00", "1.45,00", "14,505"}) {
            assertEquals(Optional.empty(), amounts.read(typed, DANISH), typed);
        }
    }
}
