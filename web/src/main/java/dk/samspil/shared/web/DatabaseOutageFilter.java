package dk.samspil.shared.web;

import dk.samspil.shared.DatabaseFailures;
import dk.samspil.shared.WriteConflicts;
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
 * trace. So is a change that lost a write conflict on every attempt ({@link WriteConflicts}: many
 * people changing one thing at once): nothing of it was saved, and trying again shortly succeeds
 * (the page says that Samspil is busy, {@link #BUSY}). Mapped first in web.xml, before any filter
 * that reads the database.
 */
public class DatabaseOutageFilter extends HttpFilter {

    /** Seconds a client is asked to wait; the watch notices a recovery within one. */
    public static final String RETRY_AFTER_SECONDS = "10";

    /** Request attribute: the 503 is for a change that lost its write conflicts, not for an outage. */
    static final String BUSY = "samspil.busy";

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
            if (response.isCommitted()) {
                throw e;
            }
            if (WriteConflicts.lost(e)) {
                request.setAttribute(BUSY, Boolean.TRUE);
            } else if (DatabaseFailures.unreachable(e)) {
                watch.failed(e);
            } else {
                throw e;
            }
            refuse(request, response);
        }
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().startsWith("/api")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType(Problem.MEDIA_TYPE_TEXT);
            response.getWriter().write("""
                    {"type":"about:blank","title":"Service Unavailable","status":503,\
                    "detail":"%s; try again shortly"}""".formatted(request.getAttribute(BUSY) == null
                    ? "The database cannot be reached" : "Too many changes to the same data at once, none of this one saved"));
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static boolean isStatic(HttpServletRequest request) {
        return StaticResources.is(request.getServletPath());
    }
}
