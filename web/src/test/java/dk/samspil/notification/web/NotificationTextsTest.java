package dk.samspil.notification.web;

import dk.samspil.notification.control.Mailer;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.shared.web.MessageResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of notification reads well in both languages, in the app's list and in its mail, with
 * its detail and without it (no comment from the leader, a withdrawal the person made themselves):
 * never "null", an unfilled placeholder or a missing key.
 */
class NotificationTextsTest {

    private static final String TITLE = "Inkluderende læringsmiljøer";
    private static final String CODE = "EVU-IL-01";
    private static final String DETAIL = "Husk madpakke";
    private static final Pattern NULL = Pattern.compile("\\bnull\\b", Pattern.CASE_INSENSITIVE);

    static Stream<Arguments> kindsInBothLanguages() {
        return Stream.of(Locale.forLanguageTag("da"), Locale.ENGLISH)
                .flatMap(locale -> Arrays.stream(NotificationKind.values()).map(kind -> Arguments.of(kind, locale)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsInBothLanguages")
    void theAppsTextReadsWellWithAndWithoutTheDetail(NotificationKind kind, Locale locale) {
        ResourceBundle texts = bundle(MessageResolver.BUNDLE, locale);
        for (String missing : new String[]{null, "", "  "}) {
            String text = kind.message(texts, NotificationsBacking.TEXT, TITLE, CODE, missing);
            assertReadable(text, kind + " without detail");
            assertTrue(text.contains(TITLE), kind + " names the course: " + text);
        }
        assertDetail(kind, kind.message(texts, NotificationsBacking.TEXT, TITLE, CODE, DETAIL));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsInBothLanguages")
    void theMailReadsWellWithAndWithoutTheDetail(NotificationKind kind, Locale locale) {
        ResourceBundle texts = bundle(Mailer.BUNDLE, locale);
        String subject = kind.message(texts, Mailer.SUBJECT, TITLE, CODE, null);
        assertReadable(subject, kind + " subject");
        assertTrue(subject.contains(TITLE), kind + " subject names the course: " + subject);
        for (String missing : new String[]{null, "", "  "}) {
            String body = kind.message(texts, Mailer.BODY, TITLE, CODE, missing);
            assertReadable(body, kind + " body without detail");
            assertTrue(body.contains(TITLE) && body.contains(CODE), kind + " body names the course: " + body);
        }
        assertDetail(kind, kind.message(texts, Mailer.BODY, TITLE, CODE, DETAIL));
    }

    /** A kind told with a detail shows it; any other kind has no place for one. */
    private static void assertDetail(NotificationKind kind, String text) {
        assertReadable(text, kind + " with detail");
        assertEquals(kind.carriesDetail(), text.contains(DETAIL), kind + " and its detail: " + text);
    }

    private static void assertReadable(String text, String what) {
        assertFalse(text == null || text.isBlank(), what + " is blank");
        assertFalse(NULL.matcher(text).find(), what + " says null: " + text);
        assertFalse(text.contains("{") || text.contains("}"), what + " has a placeholder left: " + text);
        assertFalse(text.contains("???"), what + " names a missing key: " + text);
    }

    /** The bundle in that very language, not a fallback to the JVM's. */
    private static ResourceBundle bundle(String name, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(name, locale);
        assertEquals(locale.getLanguage(), texts.getLocale().getLanguage(), name);
        return texts;
    }
}
