package dk.samspil.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day or a time of day as people type them into a form: a day as the date picker sends it
 * (2026-12-06) or as a Dane or a Briton writes it (6/12/2026, 6.12.2026, 06-12-2026); a time as
 * 9:30, 09.30, 0930 or 9. Anything else, or a day that does not exist (31/2), is empty.
 */
public final class DayInput {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./ -](\\d{1,2})[./ -](\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.]?(\\d{2}))?");

    private DayInput() {
    }

    public static Optional<LocalDate> day(String text) {
        String value = text == null ? "" : text.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static Optional<LocalTime> time(String text) {
        Matcher time = TIME.matcher(text == null ? "" : text.strip());
        if (!time.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(number(time, 1), time.group(2) == null ? 0 : number(time, 2)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
