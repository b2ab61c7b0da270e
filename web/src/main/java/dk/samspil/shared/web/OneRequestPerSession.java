package dk.samspil.shared.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.ServletSessionConfig;
import jakarta.servlet.ServletContext;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Lets one request of a session in at a time, until WildFly has written the session.
 *
 * <p>WildFly writes a distributable session after the response has left (Undertow's
 * {@code responseDone}: the stream is closed, then the session is stored and replicated), and it
 * does not hold a session's next request back meanwhile ({@code SessionSizePageIT} saw two
 * overlap). A client that sends its next request at once (a click right after a page, a retry, a
 * poll) could change the session's objects while they are being written; WildFly measures a value
 * once and writes it once more, so such a write cannot be read on the other node (STACK.md). This
 * handler wraps all of the servlet container's work for a request, that write included, so the
 * next request of the same session starts after it. A session a request makes (first visit,
 * login's new id) is held from the moment its cookie is set. A request that waited
 * {@value #PATIENCE_SECONDS} s goes in anyway, with one warning. Resources (style sheets, scripts,
 * images) read no session and are never held back.
 *
 * <p>Registered for Undertow in {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class OneRequestPerSession implements ServletExtension {

    static final int PATIENCE_SECONDS = 10;
    private static final Duration PATIENCE = Duration.ofSeconds(PATIENCE_SECONDS);
    private static final Logger LOG = Logger.getLogger(OneRequestPerSession.class.getName());
    private static final SessionGate GATE = new SessionGate();

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        ServletSessionConfig config = deployment.getServletSessionConfig();
        String cookie = config == null || config.getName() == null ? "JSESSIONID" : config.getName();
        deployment.addInitialHandlerChainWrapper(next -> new Gated(next, cookie));
    }

    /** The session id a cookie value names, without the node route WildFly appends after a dot. */
    static String sessionId(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty()) {
            return null;
        }
        int route = cookieValue.indexOf('.');
        return route < 0 ? cookieValue : cookieValue.substring(0, route);
    }

    private static final class Gated implements HttpHandler {
        private final HttpHandler next;
        private final String cookie;

        Gated(HttpHandler next, String cookie) {
            this.next = next;
            this.cookie = cookie;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (exchange.isInIoThread()) {
                // Waiting blocks, and the servlet's work then runs in this call: a worker's job.
                exchange.dispatch(this);
                return;
            }
            if (StaticResources.is(exchange.getRelativePath())) {
                next.handleRequest(exchange);
                return;
            }
            Cookie sent = exchange.getRequestCookie(cookie);
            String session = sessionId(sent == null ? null : sent.getValue());
            boolean inside = session != null && GATE.enter(session, PATIENCE);
            if (session != null && !inside) {
                LOG.warning(() -> "A request of a session waited " + PATIENCE_SECONDS
                        + " s for the one before it and goes in anyway: " + exchange.getRequestPath());
            }
            AtomicReference<String> made = new AtomicReference<>();
            exchange.addResponseCommitListener(committed -> {
                String id = madeSession(committed);
                if (id != null && !id.equals(session) && GATE.tryEnter(id)) {
                    made.set(id);
                }
            });
            try {
                next.handleRequest(exchange);
            } finally {
                if (session != null) {
                    GATE.leave(session, inside);
                }
                if (made.get() != null) {
                    GATE.leave(made.get(), true);
                }
            }
        }

        private String madeSession(HttpServerExchange exchange) {
            for (Cookie set : exchange.responseCookies()) {
                if (cookie.equals(set.getName()) && set.getMaxAge() == null) {
                    return sessionId(set.getValue());
                }
            }
            return null;
        }
    }
}
