package dk.samspil.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The date and time patterns of the reader's language, for {@code f:convertDateTime pattern="…"}:
 * Danish writes "6. dec. 2026" and "tirsdag 8. december 2026, 14:30", English "6 Dec 2026" and
 * "Tuesday 8 December 2026, 14:30"; both on the 24-hour clock.
 */
@Named("dates")
@RequestScoped
public class DatePatterns {

    @Inject
    LanguageBacking language;

    private boolean danish() {
        return !"en".equals(language.getTag());
    }

    /** 6. dec. 2026 / 6 Dec 2026 */
    public String getDate() {
        return danish() ? "d. MMM yyyy" : "d MMM yyyy";
    }

    /** 6. december 2026 / 6 December 2026 */
    public String getLongDate() {
        return danish() ? "d. MMMM yyyy" : "d MMMM yyyy";
    }

    /** 6. dec. 2026 14:30 / 6 Dec 2026 14:30 */
    public String getDateTime() {
        return getDate() + " HH:mm";
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
