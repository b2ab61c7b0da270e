package dk.samspil.people.web;

import dk.samspil.people.boundary.Authentication;
import dk.samspil.shared.DanishTime;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Ends a logged-in session on the server when it has lasted 12 hours, however active (the idle
 * limit of 30 minutes is the container's), when the account has been deactivated meanwhile, or when
 * the account's password has been set since this session logged in (a reset, or a change made in
 * another session): the session is invalidated and the person is sent to the login page.
 */
public class SessionGuard extends HttpFilter {

    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);
    /** When the session's login was first seen: the password may not have been set after it. */
    static final String AUTHENTICATED_AT = "samspil.authenticatedAt";
    /** When any page of any of the person's tabs last reached the server (milliseconds). */
    static final String LAST_ACTIVITY = "samspil.lastActivity";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    Authentication authentication;

    /** A login just succeeded in this session (form or single sign-on): from now on its password may not change. */
    static void loggedIn(HttpSession session) {
        session.setAttribute(AUTHENTICATED_AT, DanishTime.now());
    }

    /** The session goes on although its own request just set the password. */
    static void keepAfterPasswordChange(HttpSession session, LocalDateTime changedAt) {
        session.setAttribute(AUTHENTICATED_AT, changedAt);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (user != null && session != null && !request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            session.setAttribute(LAST_ACTIVITY, System.currentTimeMillis());
            if (!(session.getAttribute(AUTHENTICATED_AT) instanceof LocalDateTime)) {
                loggedIn(session);
            }
            LocalDateTime authenticatedAt = (LocalDateTime) session.getAttribute(AUTHENTICATED_AT);
            boolean expired = System.currentTimeMillis() - session.getCreationTime() > ABSOLUTE_LIFETIME.toMillis();
            if (expired || !authentication.sessionMayContinue(user, authenticatedAt)) {
                SECURITY.log(System.Logger.Level.INFO, "Session of {0} ended: {1}", user,
                        expired ? "12 hours old" : "account deactivated or password set since login");
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
