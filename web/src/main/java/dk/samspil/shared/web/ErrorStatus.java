package dk.samspil.shared.web;

import dk.samspil.shared.DatabaseFailures;
import dk.samspil.shared.WriteConflicts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Which error page a server error gets: a failure to reach the database is not a fault of
 * Samspil's but an outage, told as such with 503 and {@code Retry-After} (and the watch hears of
 * it at once); anything else stays a 500.
 */
@Named
@RequestScoped
public class ErrorStatus {

    @Inject
    HttpServletRequest request;

    @Inject
    DatabaseWatch watch;

    /** Request attribute: the 400 is for a form the server could not trust (see BusinessExceptionHandler). */
    static final String STALE_FORM = "samspil.staleForm";

    private String code;

    /** The 400 page: an expired or forged form is told how to go on, any other bad request as such. */
    public String getBadRequest() {
        return request.getAttribute(STALE_FORM) == null ? "400" : "view-expired";
    }

    /** Where an expired form can be opened again: the address it was posted to. */
    public String getReloadUrl() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? request.getContextPath() + "/" : uri.toString();
    }

    /** The 503 page: an outage, or a change that lost its write conflicts ({@link DatabaseOutageFilter#BUSY}). */
    public String getUnavailable() {
        return request.getAttribute(DatabaseOutageFilter.BUSY) == null ? "503" : "busy";
    }

    public String getServerError() {
        if (code == null) {
            Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (thrown != null && WriteConflicts.lost(thrown)) {
                request.setAttribute(DatabaseOutageFilter.BUSY, Boolean.TRUE);
                code = unavailable("busy");
                return code;
            }
            boolean outage = thrown != null && DatabaseFailures.unreachable(thrown);
            if (outage) {
                watch.failed(thrown);
            }
            code = outage || !watch.isReachable() ? unavailable("503") : "500";
        }
        return code;
    }

    /** A 503 asking the client to come back later; returns the page's code. */
    private static String unavailable(String pageCode) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        external.setResponseHeader("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS);
        return pageCode;
    }
}
