package dk.samspil.catalog.boundary;

import dk.samspil.catalog.control.CourseDetailsQuery;
import dk.samspil.catalog.control.CourseRows;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public course catalogue. Reading it is open to everyone, logged in or not; anything else
 * on this boundary is for consultants unless a method says otherwise.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class Catalog {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    CourseRows rows;

    @Inject
    CourseDetailsQuery details;

    @PermitAll
    public List<CourseRow> findPublishedCourses(int page, int pageSize, Locale locale) {
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= pageSize <= " + MAX_PAGE_SIZE);
        }
        return rows.find(Set.of(CourseStatus.PUBLISHED), page * pageSize, pageSize, locale);
    }

    @PermitAll
    public CourseDetails getPublishedCourse(String code, Locale locale) {
        return details.findPublished(code, locale).orElseThrow(() -> new CourseNotFoundException(code));
    }
}
