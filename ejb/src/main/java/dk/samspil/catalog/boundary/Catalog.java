package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * The public course catalogue. Reading it is open to everyone, logged in or not; anything else
 * on this boundary is for consultants unless a method says otherwise.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class Catalog {

    @Inject
    CourseRows rows;

    @Inject
    CourseDetailsQuery details;

    @Inject
    CatalogFacetsQuery facets;

    /** Published courses matching every given filter, by first session, one page at a time. */
    @PermitAll
    public CatalogPage search(CatalogSearch search, Locale locale) {
        return rows.search(search, locale);
    }

    @PermitAll
    public CatalogFacets findFacets(Locale locale) {
        return facets.find(locale);
    }

    /** The catalogue page's needs in one call, so one connection and four statements serve it. */
    @PermitAll
    public CatalogView browse(CatalogSearch search, Locale locale) {
        return new CatalogView(facets.find(locale), rows.search(search, locale));
    }

    @PermitAll
    public CourseDetails getPublishedCourse(String code, Locale locale) {
        return details.findPublished(code, locale).orElseThrow(() -> new CourseNotFoundException(code));
    }
}
