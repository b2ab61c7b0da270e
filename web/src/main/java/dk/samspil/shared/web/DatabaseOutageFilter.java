package dk.samspil.shared.web;

import dk.samspil.shared.DatabaseFailures;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * While the database is unreachable ({@link DatabaseWatch}), answers every page and API request at
 * once with 503 and {@code Retry-After} instead of letting it wait for a connection: pages get the
 * translated error page (which never touches the database), the API a problem document. Static
 * files are still served. A request that meets the outage before the watch has noticed it (in a
 * filter or servlet; pages and the API handle their own) is answered the same way, without a stack
 * trace. Mapped first in web.xml, before any filter that reads the database.
 */
public class DatabaseOutageFilter extends HttpFilter {

    /** Seconds a client is asked to wait; the watch notices a recovery within one. */
    public static final String RETRY_AFTER_SECONDS = "10";

    private static final long serialVersionUID = 1L;

    @Inject
    DatabaseWatch watch;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!watch.isReachable() && !isStatic(request)) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseFailures.unreachable(e) || response.isCommitted()) {
                throw e;
            }
            watch.failed(e);
            refuse(request, response);
        }
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().startsWith("/api")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.getWriter().write("""
                    {"type":"about:blank","title":"Service Unavailable","status":503,\
                    "detail":"The database cannot be reached; try again shortly"}""");
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static boolean isStatic(HttpServletRequest request) {
        return StaticResources.is(request.getServletPath());
    }
}
