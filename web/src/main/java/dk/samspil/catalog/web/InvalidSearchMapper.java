package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.InvalidSearchException;
import dk.samspil.shared.web.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A catalogue search with a filter the API does not accept: 400 with a problem document naming it. */
@Provider
public class InvalidSearchMapper implements ExceptionMapper<InvalidSearchException> {

    @Override
    public Response toResponse(InvalidSearchException exception) {
        return Problem.response(Response.Status.BAD_REQUEST,
                "Query parameter '" + exception.filter() + "' is not valid (" + exception.messageKey() + ")");
    }
}
