package dk.samspil.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code ?lang=da|en} on any page remembers the language in a cookie for a year, then redirects to
 * the same address without the parameter, so the switch works as a plain link on every page.
 */
public class LanguageFilter extends HttpFilter {

    static final String PARAMETER = "lang";
    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only GET is looked at: reading a POST's parameters here would decode the form before
        // the request's character encoding is settled.
        String tag = "GET".equals(request.getMethod()) ? request.getParameter(PARAMETER) : null;
        if (tag == null) {
            chain.doFilter(request, response);
            return;
        }
        if ("da".equals(tag) || "en".equals(tag)) {
            response.addCookie(choice(tag));
        }
        String kept = withoutLang(request.getQueryString());
        response.sendRedirect(request.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept));
    }

    static Cookie choice(String tag) {
        var cookie = new Cookie(LanguageBacking.COOKIE, tag);
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    static String withoutLang(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
