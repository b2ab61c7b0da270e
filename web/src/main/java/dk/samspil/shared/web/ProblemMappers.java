package dk.samspil.shared.web;

import dk.samspil.shared.DatabaseFailures;
import dk.samspil.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of the REST API into a problem document with the right status. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException exception) {
            return Problem.response(Response.Status.NOT_FOUND, "No such resource");
        }
    }

    @Provider
    public static class BadParameter implements ExceptionMapper<InvalidParameterException> {
        @Override
        public Response toResponse(InvalidParameterException exception) {
            return Problem.response(Response.Status.BAD_REQUEST, exception.getMessage());
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            var status = Response.Status.fromStatusCode(exception.getResponse().getStatus());
            return Problem.response(status == null ? Response.Status.INTERNAL_SERVER_ERROR : status,
                    status == null ? "Request failed" : status.getReasonPhrase());
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Inject
        DatabaseWatch databaseWatch;

        @Override
        public Response toResponse(Exception exception) {
            if (DatabaseFailures.unreachable(exception)) {
                databaseWatch.failed(exception);
                return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                                "The database cannot be reached; try again shortly"))
                        .header("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS)
                        .build();
            }
            LOG.log(Level.SEVERE, "Unexpected failure in the REST API", exception);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected error");
        }
    }
}
