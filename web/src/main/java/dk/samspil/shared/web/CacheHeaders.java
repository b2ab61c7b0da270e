package dk.samspil.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Caching of pages. Someone logged in (or with a session) gets {@code no-store}: their pages hold
 * personal data and must not stay in any cache. A visitor's public page may be kept by their own
 * browser for a minute ({@code private}: each page carries its own CSP nonce, which a shared cache
 * would hand to everybody), varying with the cookies that choose the language and the session.
 * Error pages are never kept. The API's own resources set theirs (with an ETag).
 */
public class CacheHeaders extends HttpFilter {

    static final String VISITOR = "private, max-age=60";
    static final String PERSONAL = "no-store";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", policy(request));
        response.setHeader("Vary", "Cookie");
        chain.doFilter(request, response);
    }

    static String policy(HttpServletRequest request) {
        boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean visitor = request.getRemoteUser() == null && request.getSession(false) == null
                && !StatelessViews.STATEFUL_FORMS.contains(request.getServletPath());
        return readOnly && visitor && request.getDispatcherType() != DispatcherType.ERROR ? VISITOR : PERSONAL;
    }
}
