package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.CatalogSearch;
import dk.samspil.catalog.boundary.InvalidSearchException;
import dk.samspil.catalog.entity.TargetGroup;
import dk.samspil.shared.web.DayInput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue's filters as query parameters, shared by the page and the REST API so that a
 * search is the same bookmarkable address in both: {@code ?q=&theme=&target=&municipality=
 * &from=&to=&ects=&seats=true&page=}.
 */
final class SearchParameters {

    private SearchParameters() {
    }

    /** Reads a search from request parameters; a malformed value names its filter. */
    static CatalogSearch parse(Function<String, String> parameter) {
        return new CatalogSearch(parameter.apply("q"), parameter.apply("theme"),
                targetGroup(parameter.apply("target")), parameter.apply("municipality"),
                date("from", parameter.apply("from")), date("to", parameter.apply("to")),
                number("ects", parameter.apply("ects"), null), seats(parameter.apply("seats")),
                number("page", parameter.apply("page"), 0));
    }

    /** The query string of a search, page included, ready for a link. */
    static String query(CatalogSearch search) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", search.text());
        values.put("theme", search.theme());
        values.put("target", search.targetGroup());
        values.put("municipality", search.municipality());
        values.put("from", search.from());
        values.put("to", search.to());
        values.put("ects", search.ects());
        values.put("seats", search.seatsLeft() ? "true" : null);
        values.put("page", search.page() == 0 ? null : search.page());
        return values.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static TargetGroup targetGroup(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return TargetGroup.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("target", "catalog.search.target.invalid");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return DayInput.day(value).orElseThrow(() -> new InvalidSearchException(name, "catalog.search.date.invalid"));
    }

    private static Integer number(String name, String value, Integer missing) {
        if (value == null || value.isEmpty()) {
            return missing;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidSearchException(name, "catalog.search." + name + ".invalid");
        }
    }

    private static boolean seats(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (!"true".equals(value)) {
            throw new InvalidSearchException("seats", "catalog.search.seats.invalid");
        }
        return true;
    }
}
