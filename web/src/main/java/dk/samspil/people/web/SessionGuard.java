package dk.samspil.people.web;

import dk.samspil.people.boundary.Authentication;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Duration;

/**
 * Ends a logged-in session on the server when it has lasted 12 hours, however active (the idle
 * limit of 30 minutes is the container's), or when the account has been deactivated meanwhile:
 * the session is invalidated and the person is sent to the login page.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SessionGuard extends HttpFilter {

    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);
    private static final System.Logger SECURITY = System.getLogger("dk.samspil.security");

    @Inject
    Authentication authentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        HttpSession session = request.getSession(false);
        if (user != null && session != null) {
            boolean expired = System.currentTimeMillis() - session.getCreationTime() > ABSOLUTE_LIFETIME.toMillis();
            if (expired || !authentication.isActive(user)) {
                SECURITY.log(System.Logger.Level.INFO, "Session of {0} ended: {1}", user,
                        expired ? "12 hours old" : "account deactivated");
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
