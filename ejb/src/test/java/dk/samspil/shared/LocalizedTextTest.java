package dk.samspil.shared;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocalizedTextTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Test
    void englishReaderGetsEnglishWhenThereIsSome() {
        var text = new LocalizedText("Åben skole", "Open school");
        assertEquals("Open school", text.in(Locale.ENGLISH));
        assertEquals("Åben skole", text.in(DANISH));
    }

    @Test
    void englishReaderFallsBackToDanish() {
        var text = new LocalizedText("Skolens timebank", "  ");
        assertNull(text.en());
        assertEquals("Skolens timebank", text.in(Locale.ENGLISH));
    }

    @Test
    void danishIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(" ", "Open school"));
    }
}
