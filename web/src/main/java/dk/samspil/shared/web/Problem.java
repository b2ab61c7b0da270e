package dk.samspil.shared.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document: what went wrong, never how (no stack traces leave the server). */
public record Problem(String type, String title, int status, String detail) {

    /** For a servlet filter, which answers before JAX-RS is there to turn a {@link MediaType} into text. */
    public static final String MEDIA_TYPE_TEXT = "application/problem+json";
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail))
                .build();
    }
}
