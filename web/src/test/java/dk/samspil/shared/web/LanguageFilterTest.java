package dk.samspil.shared.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageFilterTest {

    @Test
    void dropsOnlyTheLanguageParameter() {
        assertEquals("code=EVU-1&x=2", LanguageFilter.withoutLang("code=EVU-1&lang=en&x=2"));
        assertEquals("", LanguageFilter.withoutLang("lang=da"));
        assertEquals("", LanguageFilter.withoutLang(null));
        assertEquals("language=x", LanguageFilter.withoutLang("language=x&lang"));
    }

    @Test
    void theLanguageIsACookieForAYearAndDanishUnlessItSaysEnglish() {
        Cookie english = LanguageFilter.choice("en");
        assertEquals(LanguageBacking.COOKIE, english.getName());
        assertEquals(365 * 24 * 60 * 60, english.getMaxAge());
        assertEquals("/", english.getPath());
        assertTrue(english.isHttpOnly() && english.getSecure());
        assertEquals(Locale.ENGLISH, LanguageBacking.localeOf(new Cookie[] {new Cookie("other", "x"), english}));
        assertEquals(LanguageBacking.DANISH, LanguageBacking.localeOf(new Cookie[] {LanguageFilter.choice("da")}));
        assertEquals(LanguageBacking.DANISH, LanguageBacking.localeOf(new Cookie[] {new Cookie(LanguageBacking.COOKIE, "xx")}));
        assertEquals(LanguageBacking.DANISH, LanguageBacking.localeOf(null));
    }
}
