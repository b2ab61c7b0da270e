package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CatalogPage;
import dk.samspil.catalog.boundary.CourseDetails;
import dk.samspil.shared.web.InvalidParameterException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.Locale;

/** The public catalogue as JSON: the same search, with the same parameters, as the catalogue page. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    Catalog catalog;

    @GET
    public CatalogPage search(@Context UriInfo uri, @QueryParam("lang") String lang) {
        var parameters = uri.getQueryParameters();
        return catalog.search(SearchParameters.parse(parameters::getFirst), locale(lang));
    }

    @GET
    @Path("{code}")
    public CourseDetails get(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return catalog.getPublishedCourse(code, locale(lang));
    }

    private static Locale locale(String lang) {
        if (lang == null || lang.isEmpty() || "da".equals(lang)) {
            return Locale.forLanguageTag("da");
        }
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        throw new InvalidParameterException("lang", "da or en");
    }
}
