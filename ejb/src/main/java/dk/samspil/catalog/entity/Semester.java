package dk.samspil.catalog.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A half year of courses, by the start of a course's planned period: spring (half 1) January–June,
 * autumn (half 2) July–December, as the semester reports count them. Written "2027-1" in addresses.
 */
public record Semester(int year, int half) implements Serializable, Comparable<Semester> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-([12])");

    public Semester {
        if (year < 2000 || year > 2100 || half < 1 || half > 2) {
            throw new IllegalArgumentException("No such semester: " + year + "-" + half);
        }
    }

    public static Semester of(LocalDate day) {
        return new Semester(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** The semester a code such as "2027-1" names, or empty for anything else. */
    public static Optional<Semester> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        var match = CODE.matcher(code.strip());
        if (!match.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(match.group(1));
        return year < 2000 || year > 2100 ? Optional.empty() : Optional.of(new Semester(year, Integer.parseInt(match.group(2))));
    }

    public String code() {
        return year + "-" + half;
    }

    public boolean isSpring() {
        return half == 1;
    }

    /** The first day. */
    public LocalDate from() {
        return LocalDate.of(year, isSpring() ? 1 : 7, 1);
    }

    /** The day after the last. */
    public LocalDate until() {
        return isSpring() ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
    }

    public Semester next() {
        return isSpring() ? new Semester(year, 2) : new Semester(year + 1, 1);
    }

    @Override
    public int compareTo(Semester other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }
}
