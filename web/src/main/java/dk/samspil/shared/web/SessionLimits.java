package dk.samspil.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last defence against a flood of sessions (pages a visitor only reads make none): a request
 * without a session is refused with 429 when its client address already holds
 * {@code samspil.sessions.per-address} live sessions on this server (default 200: a school behind
 * one address logs in many teachers at once), or with 503 when the server holds
 * {@code samspil.sessions.max} (default 10,000: at most ≈ 200 MB at the measured ≤ 20 KB a session). Counted per server;
 * behind a proxy the address is the client's only when the proxy's forwarded address is trusted
 * (README, "Running Samspil for real").
 */
public class SessionLimits extends HttpFilter implements HttpSessionListener {

    static final String ADDRESS = "samspil.clientAddress";
    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<String> CURRENT_ADDRESS = new ThreadLocal<>();
    private static final ConcurrentMap<String, AtomicInteger> PER_ADDRESS = new ConcurrentHashMap<>();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    private final int perAddress = Integer.getInteger("samspil.sessions.per-address", 200);
    private final int total = Integer.getInteger("samspil.sessions.max", 10_000);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String address = request.getRemoteAddr();
        if (request.getSession(false) == null) {
            if (live(address) >= perAddress) {
                response.sendError(429);
                return;
            }
            if (TOTAL.get() >= total) {
                response.setHeader("Retry-After", "60");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
        }
        CURRENT_ADDRESS.set(address);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT_ADDRESS.remove();
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        String address = CURRENT_ADDRESS.get();
        TOTAL.incrementAndGet();
        if (address != null) {
            event.getSession().setAttribute(ADDRESS, address);
            PER_ADDRESS.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        TOTAL.updateAndGet(n -> Math.max(0, n - 1));
        if (event.getSession().getAttribute(ADDRESS) instanceof String address) {
            PER_ADDRESS.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
        }
    }

    static int live(String address) {
        AtomicInteger count = PER_ADDRESS.get(address);
        return count == null ? 0 : count.get();
    }
}
