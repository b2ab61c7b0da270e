package dk.samspil.story.web;

import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.story.boundary.StoryCatalog;
import dk.samspil.story.boundary.StoryFinding;
import dk.samspil.story.boundary.StorySearch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * catalog/stories.xhtml: the practice stories shown to the reader (a visitor: the public ones), found
 * by words, theme and municipality. A GET form whose filters live in the address (q, theme,
 * municipality, page), so a theme's or a municipality's stories can be linked to.
 */
@Named
@RequestScoped
public class StoriesBacking {

    @Inject
    StoryCatalog catalog;

    @Inject
    LanguageBacking language;

    @Inject
    ExternalContext external;

    private StorySearch search;
    private StoryFinding finding;

    @PostConstruct
    void load() {
        String text = param("q");
        search = new StorySearch(text.length() > StorySearch.TEXT_MAX ? text.substring(0, StorySearch.TEXT_MAX) : text,
                param("theme"), param("municipality"), AddressParameters.page(param("page")));
        finding = catalog.search(search, language.getLocale());
    }

    /** What the reader chose, shown back in the form. */
    public String param(String name) {
        return external.getRequestParameterMap().getOrDefault(name, "");
    }

    public String pageUrl(int number) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", search.text());
        query.put("theme", search.theme());
        query.put("municipality", search.municipality());
        query.put("page", number == 0 ? null : Integer.toString(number));
        return AddressParameters.address(external.getRequestContextPath() + "/catalog/stories.xhtml", query);
    }

    public StoryFinding getFinding() {
        return finding;
    }
}
