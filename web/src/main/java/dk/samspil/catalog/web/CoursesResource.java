package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CatalogPage;
import dk.samspil.catalog.boundary.CourseDetails;
import dk.samspil.shared.web.InvalidParameterException;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The public catalogue as JSON: the same search, with the same parameters, as the catalogue page. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    Catalog catalog;

    /** Each filter is a named parameter, so the OpenAPI document served at /openapi lists them. */
    @GET
    public CatalogPage search(@QueryParam("q") String q, @QueryParam("theme") String theme,
                              @QueryParam("target") String target, @QueryParam("municipality") String municipality,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("ects") String ects, @QueryParam("seats") String seats,
                              @QueryParam("page") String page, @QueryParam("lang") String lang) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("q", q);
        parameters.put("theme", theme);
        parameters.put("target", target);
        parameters.put("municipality", municipality);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("ects", ects);
        parameters.put("seats", seats);
        parameters.put("page", page);
        return catalog.search(SearchParameters.parse(parameters::get), locale(lang));
    }

    @GET
    @Path("{code}")
    public CourseDetails get(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return catalog.getPublishedCourse(code, locale(lang));
    }

    private static Locale locale(String lang) {
        if (lang == null || lang.isEmpty() || "da".equals(lang)) {
            return LanguageBacking.DANISH;
        }
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        throw new InvalidParameterException("lang", "da or en");
    }
}
