package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CatalogPage;
import dk.samspil.catalog.boundary.CourseDetails;
import dk.samspil.catalog.boundary.InvalidSearchException;
import dk.samspil.shared.web.InvalidParameterException;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The public catalogue as JSON: the same search, with the same parameters, as the catalogue page. */
@Path("courses")
@Tag(name = "Catalogue", description = "Published courses, open to everyone")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    Catalog catalog;

    /** Each filter is a named parameter, so the OpenAPI document served at /api/openapi lists them. */
    @GET
    @Operation(summary = "Search the published courses",
            description = "The catalogue page's search: every filter optional, 20 courses a page, soonest first.")
    @APIResponse(responseCode = "200", description = "One page of matching courses with the total")
    @APIResponse(responseCode = "400", description = "A malformed parameter (application/problem+json names it)")
    public CatalogPage search(
            @Parameter(description = "Words in the title or description") @QueryParam("q") String q,
            @Parameter(description = "A theme's code") @QueryParam("theme") String theme,
            @Parameter(description = "A target group: LEADER, TEACHER, PEDAGOGUE …") @QueryParam("target") String target,
            @Parameter(description = "A municipality's three-digit code") @QueryParam("municipality") String municipality,
            @Parameter(description = "Starting on or after this day (yyyy-MM-dd)") @QueryParam("from") String from,
            @Parameter(description = "Starting on or before this day (yyyy-MM-dd)") @QueryParam("to") String to,
            @Parameter(description = "ECTS points: 0, 5, 10 or 15") @QueryParam("ects") String ects,
            @Parameter(description = "true: only courses with a free seat") @QueryParam("seats") String seats,
            @Parameter(description = "The page, from 0") @QueryParam("page") String page,
            @Parameter(description = "da (default) or en") @QueryParam("lang") String lang) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("q", q);
        parameters.put("theme", theme);
        parameters.put("target", target);
        parameters.put("municipality", municipality);
        parameters.put("from", isoDay("from", from));
        parameters.put("to", isoDay("to", to));
        parameters.put("ects", ects);
        parameters.put("seats", seats);
        parameters.put("page", page);
        return catalog.search(SearchParameters.parse(parameters::get), locale(lang));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One published course", description = "Its modules, sessions, partners and free seats.")
    @APIResponse(responseCode = "200", description = "The course")
    @APIResponse(responseCode = "404", description = "No published course has this code")
    public CourseDetails get(@Parameter(description = "The course's code") @PathParam("code") String code,
                             @Parameter(description = "da (default) or en") @QueryParam("lang") String lang) {
        return catalog.getPublishedCourse(code, locale(lang));
    }

    /** The API takes a day as yyyy-MM-dd only, as documented (people on the catalogue page may type 6/12/2026). */
    private static String isoDay(String name, String value) {
        if (value != null && !value.isEmpty() && !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidSearchException(name, "catalog.search.date.iso");
        }
        return value;
    }

    /** The language a request asks for with ?lang=: da (the default) or en. */
    public static Locale locale(String lang) {
        if (lang == null || lang.isEmpty() || "da".equals(lang)) {
            return LanguageBacking.DANISH;
        }
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        throw new InvalidParameterException("lang", "da or en");
    }
}
