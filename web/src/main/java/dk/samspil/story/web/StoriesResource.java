package dk.samspil.story.web;

import dk.samspil.catalog.web.CoursesResource;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.story.boundary.PictureData;
import dk.samspil.story.boundary.StoryCatalog;
import dk.samspil.story.boundary.StoryFinding;
import dk.samspil.story.boundary.StorySearch;
import dk.samspil.story.boundary.StoryView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Practice stories as JSON, with the same rules as the pages: a visitor gets the public ones; a
 * story revoked, refused or hidden is "not found" at once. Pictures are served from here to the pages
 * too, checked the same way, and never kept by a shared cache.
 */
@Path("stories")
@Tag(name = "Practice stories", description = "Participants' accounts of cooperation after a course")
@Produces(MediaType.APPLICATION_JSON)
public class StoriesResource {

    @Inject
    StoryCatalog catalog;

    @GET
    @Operation(summary = "Search the practice stories", description = "Latest published first, 20 a page.")
    @APIResponse(responseCode = "200", description = "One page of stories with the total")
    public StoryFinding search(
            @Parameter(description = "Words in the title or text") @QueryParam("q") String q,
            @Parameter(description = "A theme's code") @QueryParam("theme") String theme,
            @Parameter(description = "A municipality's three-digit code") @QueryParam("municipality") String municipality,
            @Parameter(description = "The page, from 0") @QueryParam("page") String page,
            @Parameter(description = "da (default) or en") @QueryParam("lang") String lang) {
        String text = q == null || q.length() <= StorySearch.TEXT_MAX ? q : q.substring(0, StorySearch.TEXT_MAX);
        return catalog.search(new StorySearch(text, theme, municipality, AddressParameters.page(page)),
                CoursesResource.locale(lang));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One practice story")
    @APIResponse(responseCode = "200", description = "The story")
    @APIResponse(responseCode = "404", description = "No story with this id is shown to the caller")
    public StoryView get(@PathParam("id") String id,
                         @Parameter(description = "da (default) or en") @QueryParam("lang") String lang) {
        return catalog.read(AddressParameters.id(id), CoursesResource.locale(lang));
    }

    @GET
    @Path("{id}/pictures/{picture}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A picture in a practice story", description = "Re-encoded on upload, without metadata.")
    @APIResponse(responseCode = "200", description = "The picture")
    @APIResponse(responseCode = "404", description = "No such picture in a story shown to the caller")
    public Response picture(@PathParam("id") String id, @PathParam("picture") String picture) {
        PictureData data = catalog.picture(AddressParameters.id(id), AddressParameters.id(picture));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        return Response.ok(data.bytes(), data.mediaType()).cacheControl(cache).build();
    }
}
