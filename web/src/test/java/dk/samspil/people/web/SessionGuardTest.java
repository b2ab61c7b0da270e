package dk.samspil.people.web;

import dk.samspil.people.boundary.Authentication;
import dk.samspil.shared.DanishTime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The absolute session lifetime: a session that began 12 hours ago ends at its next request however
 * active it has been (the browser tests cannot wait that long; the idle limit and deactivation are
 * tested in a browser).
 */
class SessionGuardTest {

    private final ServletFakes fakes = new ServletFakes();

    private List<String> requestInSessionBegun(Duration ago) throws Exception {
        HttpSession httpSession = fakes.fake(HttpSession.class, Map.of(
                "getCreationTime", System.currentTimeMillis() - ago.toMillis(),
                "getAttribute", DanishTime.now()));
        HttpServletRequest request = fakes.fake(HttpServletRequest.class, Map.of("getRemoteUser", "lærer@skole.example",
                "getSession", httpSession, "getContextPath", "", "getRequestURI", "/participant/my-courses.xhtml"));
        HttpServletResponse response = fakes.fake(HttpServletResponse.class, Map.of());
        FilterChain chain = fakes.fake(FilterChain.class, Map.of());
        SessionGuard guard = new SessionGuard();
        guard.authentication = new Authentication() {
            @Override
            public boolean sessionMayContinue(String email, LocalDateTime authenticatedAt) {
                fakes.calls.add("sessionMayContinue");
                return true;
            }
        };
        fakes.calls.clear();
        guard.doFilter(request, response, chain);
        return fakes.callsOf("logout", "invalidate", "sendRedirect", "doFilter", "sessionMayContinue");
    }

    @Test
    void aSessionOlderThanTwelveHoursEndsAtItsNextRequest() throws Exception {
        assertEquals(List.of("logout", "invalidate", "sendRedirect"),
                requestInSessionBegun(SessionGuard.ABSOLUTE_LIFETIME.plusSeconds(1)));
    }

    @Test
    void aYoungerSessionGoesOnWhileTheAccountMayContinue() throws Exception {
        assertEquals(List.of("sessionMayContinue", "doFilter"),
                requestInSessionBegun(SessionGuard.ABSOLUTE_LIFETIME.minusMinutes(1)));
    }
}
