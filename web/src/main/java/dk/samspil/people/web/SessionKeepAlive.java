package dk.samspil.people.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * The idle warning's two requests ({@code session.js}): {@code POST /session/keep-alive} is its
 * "stay logged in" (reaching the session is what extends it; the answer says how many seconds of
 * idleness it now has), {@code POST /session/end} ends the session when nobody answered, whether
 * or not the server had already ended it, unless another tab has been used meanwhile (409). Asked
 * for only by the page's script: without its {@code X-Requested-With} header a request is refused,
 * so another site cannot make a browser send it.
 */
@WebServlet({SessionKeepAlive.KEEP_ALIVE, SessionKeepAlive.END})
public class SessionKeepAlive extends HttpServlet {

    static final String KEEP_ALIVE = "/session/keep-alive";
    static final String END = "/session/end";
    static final String SCRIPT_HEADER = "X-Requested-With";
    /** How long before the idle limit the page warns (session.js gets it from the layout). */
    static final long WARNING_MILLIS = 120_000;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        HttpSession session = request.getSession(false);
        if (!"samspil".equals(request.getHeader(SCRIPT_HEADER))) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } else if (session == null || request.getRemoteUser() == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else if (END.equals(request.getServletPath()) && usedByAnotherTab(session)) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        } else if (END.equals(request.getServletPath())) {
            SECURITY.log(System.Logger.Level.INFO, "Session of {0} ended: idle, warning unanswered", request.getRemoteUser());
            request.logout();
            session.invalidate();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            session.setAttribute(SessionGuard.LAST_ACTIVITY, System.currentTimeMillis());
            response.setHeader("Cache-Control", "no-store");
            response.setIntHeader("X-Session-Idle-Seconds", session.getMaxInactiveInterval());
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    /**
     * Whether another of the person's tabs reached the server since this tab's warning should have
     * come: then that tab's warning ends nothing (409), and this tab starts counting again.
     */
    static boolean usedByAnotherTab(HttpSession session) {
        Object last = session.getAttribute(SessionGuard.LAST_ACTIVITY);
        long idleMillis = last instanceof Long at ? System.currentTimeMillis() - at : Long.MAX_VALUE;
        return idleMillis < session.getMaxInactiveInterval() * 1000L - WARNING_MILLIS;
    }
}
