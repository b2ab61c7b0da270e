package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.CalendarFeed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/calendar/{token}.ics}: a participant's sessions for calendar programs, which
 * cannot log in; the secret token is the key. An unknown token is a plain 404.
 */
@Path("calendar")
@Tag(name = "Calendar", description = "A participant's sessions for calendar programs")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    CalendarFeed feed;

    @GET
    @Path("{token}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "A participant's calendar feed (iCalendar)",
            description = "Every session of the courses the participant is seated on; the token is the secret from My courses.")
    @APIResponse(responseCode = "200", description = "An iCalendar document, private, cached for 5 minutes")
    @APIResponse(responseCode = "404", description = "No feed has this token (it may have been renewed)")
    public Response feed(@Parameter(description = "The feed's secret token") @PathParam("token") String token) {
        CacheControl private5Minutes = new CacheControl();
        private5Minutes.setPrivate(true);
        private5Minutes.setMaxAge(300);
        return feed.feed(token)
                .map(calendar -> Response.ok(calendar, TEXT_CALENDAR).cacheControl(private5Minutes)
                        .header("Content-Disposition", "inline; filename=\"samspil.ics\"").build())
                .orElseThrow(NotFoundException::new);
    }
}
