package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.TargetGroup;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.people.entity.Municipality;

import java.time.LocalDate;

/**
 * What a visitor asks the catalogue for. Every filter is optional and they combine; a course
 * matches the period when one of its sessions starts within it.
 *
 * @param text         words in the title or description, at most {@value #TEXT_MAX} characters
 * @param theme        a theme code
 * @param targetGroup  who the course is for
 * @param municipality a three-digit municipality code
 * @param from         first day of the period, inclusive
 * @param to           last day of the period, inclusive
 * @param ects         0, 5, 10 or 15
 * @param seatsLeft    only courses with a free seat
 * @param page         zero-based page of {@value #PAGE_SIZE} courses
 */
public record CatalogSearch(String text, String theme, TargetGroup targetGroup, String municipality,
                            LocalDate from, LocalDate to, Integer ects, boolean seatsLeft, int page) {

    public static final int TEXT_MAX = 100;
    public static final int PAGE_SIZE = 20;
    public static final int PAGE_MAX = 10_000;

    public CatalogSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        theme = theme == null || theme.isBlank() ? null : theme;
        municipality = municipality == null || municipality.isBlank() ? null : municipality;
        if (text != null && text.length() > TEXT_MAX) {
            throw new InvalidSearchException("text", "catalog.search.text.too-long", TEXT_MAX);
        }
        if (theme != null && !theme.matches(Theme.CODE_PATTERN)) {
            throw new InvalidSearchException("theme", "catalog.search.theme.invalid");
        }
        if (municipality != null && !municipality.matches(Municipality.CODE_PATTERN)) {
            throw new InvalidSearchException("municipality", "catalog.search.municipality.invalid");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidSearchException("to", "catalog.search.period.reversed");
        }
        if (ects != null && !Course.ALLOWED_ECTS.contains(ects)) {
            throw new InvalidSearchException("ects", "catalog.search.ects.invalid");
        }
        if (page < 0 || page > PAGE_MAX) {
            throw new InvalidSearchException("page", "catalog.search.page.invalid");
        }
    }

    /** Everything published, first page. */
    public static CatalogSearch all() {
        return new CatalogSearch(null, null, null, null, null, null, null, false, 0);
    }

    public CatalogSearch onPage(int otherPage) {
        return new CatalogSearch(text, theme, targetGroup, municipality, from, to, ects, seatsLeft, otherPage);
    }
}
