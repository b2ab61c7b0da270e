package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CatalogFacets;
import dk.samspil.catalog.boundary.CatalogPage;
import dk.samspil.catalog.boundary.CatalogSearch;
import dk.samspil.catalog.boundary.InvalidSearchException;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * The public catalogue on the front page: a GET form of filters whose values live in the address,
 * so a search can be bookmarked and the back button works.
 */
@Named
@RequestScoped
public class CatalogBacking {

    @Inject
    Catalog catalog;

    @Inject
    LanguageBacking language;

    @Inject
    ExternalContext external;

    private CatalogSearch search = CatalogSearch.all();
    private CatalogFacets facets;
    private CatalogPage page;
    private InvalidSearchException invalid;

    @PostConstruct
    void load() {
        try {
            search = SearchParameters.parse(parameters()::get);
        } catch (InvalidSearchException e) {
            invalid = e;
        }
        var view = catalog.browse(search, language.getLocale());
        facets = view.facets();
        page = invalid == null ? view.page() : new CatalogPage(List.of(), 0, 0, CatalogSearch.PAGE_SIZE);
    }

    /** What the visitor typed, shown back in the form even when it could not be used. */
    public String param(String name) {
        return parameters().getOrDefault(name, "");
    }

    public boolean isInvalid(String filter) {
        return invalid != null && invalid.filter().equals(filter);
    }

    public String getErrorKey() {
        return invalid == null ? null : invalid.messageKey();
    }

    public String pageUrl(int number) {
        String query = SearchParameters.query(search.onPage(number));
        return external.getRequestContextPath() + "/" + (query.isEmpty() ? "" : "?" + query);
    }

    public CatalogFacets getFacets() {
        return facets;
    }

    public CatalogPage getPage() {
        return page;
    }

    private Map<String, String> parameters() {
        return external.getRequestParameterMap();
    }
}
