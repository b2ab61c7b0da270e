package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CourseDetails;
import dk.samspil.catalog.boundary.CourseRow;
import dk.samspil.shared.web.InvalidParameterException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/** The public catalogue as JSON: the same rows the catalogue page shows. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    Catalog catalog;

    @GET
    public List<CourseRow> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                @QueryParam("lang") String lang) {
        return catalog.findPublishedCourses(
                InvalidParameterException.parse("page", page, 0, 0, 10_000),
                InvalidParameterException.parse("size", size, DEFAULT_PAGE_SIZE, 1, Catalog.MAX_PAGE_SIZE),
                locale(lang));
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
