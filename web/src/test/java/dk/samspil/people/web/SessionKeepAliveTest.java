package dk.samspil.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An unanswered idle warning ends the session on the server, unless another of the person's tabs
 * has used it since: then it ends nothing (409). Requests without the page script's header are refused.
 */
class SessionKeepAliveTest {

    private final ServletFakes fakes = new ServletFakes();

    private List<String> endAfterIdle(Duration idle, String header) throws Exception {
        HttpSession session = fakes.fake(HttpSession.class, Map.of("getMaxInactiveInterval", 1800,
                "getAttribute", System.currentTimeMillis() - idle.toMillis()));
        HttpServletRequest request = fakes.fake(HttpServletRequest.class, Map.of("getSession", session,
                "getRemoteUser", "lærer@skole.example", "getServletPath", SessionKeepAlive.END,
                "getHeader", header));
        HttpServletResponse response = fakes.fake(HttpServletResponse.class, Map.of());
        fakes.calls.clear();
        new SessionKeepAlive().doPost(request, response);
        return fakes.callsOf("logout", "invalidate", "setStatus");
    }

    @Test
    void anUnansweredWarningEndsAnIdleSession() throws Exception {
        assertEquals(List.of("logout", "invalidate", "setStatus"), endAfterIdle(Duration.ofMinutes(30), "samspil"));
    }

    @Test
    void aSessionAnotherTabUsedMeanwhileGoesOn() throws Exception {
        assertEquals(List.of("setStatus"), endAfterIdle(Duration.ofMinutes(5), "samspil"));
    }

    @Test
    void anotherSiteCannotEndTheSession() throws Exception {
        assertEquals(List.of("setStatus"), endAfterIdle(Duration.ofMinutes(30), "other"));
    }
}
