package dk.samspil.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.Locale;

/** The language the person reads Samspil in: Danish first, English on request. */
@Named("language")
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale DANISH = Locale.forLanguageTag("da");

    private Locale locale = DANISH;

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    void switchTo(String tag) {
        locale = "en".equals(tag) ? Locale.ENGLISH : DANISH;
    }

    /** The current page's address with {@code lang} set; {@link LanguageFilter} takes it from there. */
    public String switchUrl(String tag) {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String kept = LanguageFilter.withoutLang(query);
        return uri + "?" + (kept.isEmpty() ? "" : kept + "&") + LanguageFilter.PARAMETER + "=" + tag;
    }
}
