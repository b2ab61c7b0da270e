package dk.samspil.people.web;

import dk.samspil.people.boundary.Authentication;
import dk.samspil.shared.DanishTime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The absolute session lifetime: a session that began 12 hours ago ends at its next request however
 * active it has been (the browser tests cannot wait that long; the idle limit and deactivation are
 * tested in a browser).
 */
class SessionGuardTest {

    /** What the guard did to the request: the calls it made, in order. */
    private final List<String> calls = new ArrayList<>();

    private <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.add(method.getName());
            Object answer = answers.get(method.getName());
            if (answer == null && method.getReturnType() == boolean.class) {
                return false;
            }
            return answer;
        }));
    }

    private List<String> requestInSessionBegun(Duration ago) throws Exception {
        HttpSession httpSession = fake(HttpSession.class, Map.of(
                "getCreationTime", System.currentTimeMillis() - ago.toMillis(),
                "getAttribute", DanishTime.now()));
        HttpServletRequest request = fake(HttpServletRequest.class, Map.of("getRemoteUser", "lærer@skole.example",
                "getSession", httpSession, "getContextPath", ""));
        HttpServletResponse response = fake(HttpServletResponse.class, Map.of());
        FilterChain chain = fake(FilterChain.class, Map.of());
        SessionGuard guard = new SessionGuard();
        guard.authentication = new Authentication() {
            @Override
            public boolean sessionMayContinue(String email, LocalDateTime authenticatedAt) {
                calls.add("sessionMayContinue");
                return true;
            }
        };
        calls.clear();
        guard.doFilter(request, response, chain);
        return List.copyOf(calls);
    }

    @Test
    void aSessionOlderThanTwelveHoursEndsAtItsNextRequest() throws Exception {
        List<String> calls = requestInSessionBegun(SessionGuard.ABSOLUTE_LIFETIME.plusSeconds(1));
        assertEquals(List.of("logout", "invalidate", "sendRedirect"),
                calls.stream().filter(List.of("logout", "invalidate", "sendRedirect", "doFilter")::contains).toList());
    }

    @Test
    void aYoungerSessionGoesOnWhileTheAccountMayContinue() throws Exception {
        List<String> calls = requestInSessionBegun(SessionGuard.ABSOLUTE_LIFETIME.minusMinutes(1));
        assertEquals(List.of("sessionMayContinue", "doFilter"),
                calls.stream().filter(List.of("logout", "invalidate", "sendRedirect", "doFilter", "sessionMayContinue")::contains)
                        .toList());
    }
}
