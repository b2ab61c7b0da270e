package dk.samspil.shared.web;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLTransactionRollbackException;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageFilterTest {

    /** What a request, and the response it got, looked like. */
    private static final class Exchange {
        final Map<String, Object> attributes = new HashMap<>();
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        String path;
        int status;
        int error;

        HttpServletRequest request() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getServletPath" -> path;
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "isCommitted" -> false;
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "sendError" -> {
                            error = (Integer) args[0];
                            yield null;
                        }
                        case "setContentType" -> null;
                        case "getWriter" -> new PrintWriter(body);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter();

    private static FilterChain failingWith(Exception thrown) {
        return (request, response) -> {
            if (thrown instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) thrown;
        };
    }

    private static Exception lostEveryAttempt() {
        return new ServletException(new EJBTransactionRolledbackException("rolled back",
                new RuntimeException(new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213))));
    }

    private Exchange send(String path, FilterChain chain) throws Exception {
        Exchange exchange = new Exchange();
        exchange.path = path;
        // A watch that fails the test if the filter takes the failure for an outage.
        filter.watch = new DatabaseWatch() {
            @Override
            public boolean isReachable() {
                return true;
            }

            @Override
            public void failed(Throwable cause) {
                throw new AssertionError("a write conflict is no outage");
            }
        };
        filter.doFilter(exchange.request(), exchange.response(), chain);
        return exchange;
    }

    @Test
    void aPageWhoseChangeLostEveryAttemptIsToldSamspilIsBusyWith503() throws Exception {
        Exchange exchange = send("/catalog/course.xhtml", failingWith(lostEveryAttempt()));

        assertEquals(503, exchange.error);
        assertEquals(Boolean.TRUE, exchange.attributes.get(DatabaseOutageFilter.BUSY));
        assertEquals(DatabaseOutageFilter.RETRY_AFTER_SECONDS, exchange.headers.get("Retry-After"));
    }

    @Test
    void theApiSaysSoInAProblemDocument() throws Exception {
        Exchange exchange = send("/api/courses", failingWith(lostEveryAttempt()));

        assertEquals(503, exchange.status);
        assertTrue(exchange.body.toString().contains("Too many changes to the same data at once"), exchange.body.toString());
    }

    @Test
    void anyOtherFailureGoesOnToTheErrorPages() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> send("/catalog/course.xhtml", failingWith(bug))));
    }
}
