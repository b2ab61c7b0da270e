package dk.samspil.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;

/**
 * The date and time patterns of the reader's language, for {@code f:convertDateTime pattern="…"}:
 * Danish writes "6. dec. 2026" and "tirsdag 8. december 2026, 14:30", English "6 Dec 2026" and
 * "Tuesday 8 December 2026, 14:30"; both on the 24-hour clock.
 */
@Named("dates")
@RequestScoped
public class DatePatterns {

    private static final String DANISH_DATE = "d. MMM yyyy";
    private static final String ENGLISH_DATE = "d MMM yyyy";

    @Inject
    LanguageBacking language;

    private boolean danish() {
        return !"en".equals(language.getTag());
    }

    /** 6. dec. 2026 / 6 Dec 2026 */
    public String getDate() {
        return date(language.getLocale());
    }

    /** The date pattern of a locale, also outside a page's request (a message's arguments). */
    public static String date(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH_DATE : DANISH_DATE;
    }

    public static String dateTime(Locale locale) {
        return date(locale) + " HH:mm";
    }

    /** 6. december 2026 / 6 December 2026 */
    public String getLongDate() {
        return danish() ? "d. MMMM yyyy" : "d MMMM yyyy";
    }

    /** 6. dec. 2026 14:30 / 6 Dec 2026 14:30 */
    public String getDateTime() {
        return dateTime(language.getLocale());
    }

    /** 6. december 2026, 14:30 / 6 December 2026, 14:30 */
    public String getLongDateTime() {
        return getLongDate() + ", HH:mm";
    }

    /** tir. 8. dec. 2026 / Tue 8 Dec 2026 */
    public String getWeekdayDate() {
        return "EEE " + getDate();
    }

    /** tir. 8. dec. 2026 14:30 / Tue 8 Dec 2026 14:30 */
    public String getWeekdayDateTime() {
        return "EEE " + getDateTime();
    }

    /** tirsdag 8. december 2026, 14:30 / Tuesday 8 December 2026, 14:30 */
    public String getFullDateTime() {
        return "EEEE " + getLongDateTime();
    }

    /** 14:30 */
    public String getTime() {
        return "HH:mm";
    }
}
