package dk.samspil.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Locale;

/**
 * The language the person reads Samspil in: Danish first, English on request. The choice is a
 * cookie ({@link LanguageFilter} sets it), not session state, so that a visitor who only reads
 * never gets an HTTP session and every node of a cluster reads the same choice.
 */
@Named("language")
@RequestScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale DANISH = Locale.forLanguageTag("da");
    static final String COOKIE = "samspil-lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = localeOf(request.getCookies());
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    static Locale localeOf(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return DANISH;
    }

    /** The current page's address with {@code lang} set; {@link LanguageFilter} takes it from there. */
    public String switchUrl(String tag) {
        var current = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String uri = (String) current.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) current.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = current.getRequestURI();
            query = current.getQueryString();
        }
        String kept = LanguageFilter.withoutLang(query);
        return uri + "?" + (kept.isEmpty() ? "" : kept + "&") + LanguageFilter.PARAMETER + "=" + tag;
    }
}
