package dk.samspil.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageFilterTest {

    @Test
    void dropsOnlyTheLanguageParameter() {
        assertEquals("code=EVU-1&x=2", LanguageFilter.withoutLang("code=EVU-1&lang=en&x=2"));
        assertEquals("", LanguageFilter.withoutLang("lang=da"));
        assertEquals("", LanguageFilter.withoutLang(null));
        assertEquals("language=x", LanguageFilter.withoutLang("language=x&lang"));
    }
}
