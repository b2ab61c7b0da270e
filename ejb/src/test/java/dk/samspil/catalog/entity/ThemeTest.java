package dk.samspil.catalog.entity;

import dk.samspil.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeTest {

    @Test
    void aThemeHasACodeAndANameInBothLanguages() {
        var theme = new Theme("timebank", new LocalizedText("Skolens timebank", "The school's time bank"));
        assertEquals("Skolens timebank", theme.getName().da());
        assertThrows(IllegalArgumentException.class,
                () -> new Theme("timebank", new LocalizedText("Skolens timebank", null)));
        assertThrows(IllegalArgumentException.class,
                () -> theme.rename(new LocalizedText("x".repeat(Theme.NAME_MAX + 1), "ok")));
    }

    @Test
    void codesAreLowerCaseWordsWithHyphens() {
        var name = new LocalizedText("Åben skole", "Open school");
        assertEquals("open-school", new Theme("open-school", name).getCode());
        for (String code : new String[]{"Open-school", "åben", "open school", "", "x".repeat(41)}) {
            assertThrows(IllegalArgumentException.class, () -> new Theme(code, name), code);
        }
    }

    @Test
    void aRetiredThemeCanBeReinstated() {
        var theme = new Theme("supportive-teaching", new LocalizedText("Understøttende undervisning", "Supportive teaching"));
        assertTrue(theme.isActive());
        theme.retire();
        assertFalse(theme.isActive());
        theme.reinstate();
        assertTrue(theme.isActive());
    }
}
