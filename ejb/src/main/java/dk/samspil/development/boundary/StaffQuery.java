package dk.samspil.development.boundary;

import dk.samspil.people.entity.JobFunction;

/**
 * Filters of the staff table: institution (one the caller leads, or all), job function, theme (staff
 * who took or are taking a course on it), words in the name or e-mail, sort ({@code name},
 * {@code institution} or {@code job}) and page (from 0).
 */
public record StaffQuery(Long institutionId, JobFunction jobFunction, String themeCode, String search, String sort,
                         int page) {

    public static final int SEARCH_MAX = 100;

    public StaffQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > SEARCH_MAX) {
            search = search.substring(0, SEARCH_MAX);
        }
        sort = sort == null ? "name" : sort;
        page = Math.max(0, page);
    }
}
