package dk.samspil.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The last defence: a client address gets so many sessions and no more, and gets them back as they end. */
class SessionLimitsTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void anAddressGetsItsShareOfSessionsAndThenA429UntilOneEnds() throws Exception {
        System.setProperty("samspil.sessions.per-address", "2");
        SessionLimits limits;
        try {
            limits = new SessionLimits();
        } finally {
            System.clearProperty("samspil.sessions.per-address");
        }
        String address = "10.0.0." + UUID.randomUUID().hashCode();
        List<HttpSession> made = new ArrayList<>();
        FilterChain login = (request, response) -> {
            HttpSession session = fake(HttpSession.class, new HashMap<>());
            made.add(session);
            limits.sessionCreated(new HttpSessionEvent(session));
        };

        limits.doFilter(request(address, null), response(), login);
        limits.doFilter(request(address, null), response(), login);
        limits.doFilter(request(address, null), response(), login);

        assertEquals(2, made.size(), "the third login from the address is refused");
        assertEquals(List.of("sendError"), calls.stream().filter("sendError"::equals).toList());
        limits.doFilter(request(address, made.get(0)), response(), (request, response) -> calls.add("served"));
        assertEquals(1, calls.stream().filter("served"::equals).count(), "a request in a session is never refused");
        limits.doFilter(request("10.9.9.9", null), response(), login);
        assertEquals(3, made.size(), "another address is not held back");

        limits.sessionDestroyed(new HttpSessionEvent(sessionFrom(address)));
        limits.doFilter(request(address, null), response(), login);
        assertEquals(4, made.size(), "a session that ended frees its place");
    }

    private HttpSession sessionFrom(String address) {
        return fake(HttpSession.class, Map.of("getAttribute", address));
    }

    private HttpServletRequest request(String address, HttpSession session) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getRemoteAddr", address);
        if (session != null) {
            answers.put("getSession", session);
        }
        return fake(HttpServletRequest.class, answers);
    }

    private HttpServletResponse response() {
        return fake(HttpServletResponse.class, Map.of());
    }

    private <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.add(method.getName());
            if ("setAttribute".equals(method.getName()) && answers instanceof HashMap<String, Object> writable) {
                writable.put("getAttribute", args[1]);
            }
            Object answer = answers.get(method.getName());
            return answer == null && method.getReturnType() == boolean.class ? false : answer;
        }));
    }
}
