package dk.samspil.partner.web;

import dk.samspil.partner.boundary.OfferCatalog;
import dk.samspil.partner.boundary.OfferSearch;
import dk.samspil.partner.boundary.OfferView;
import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * catalog/offers.xhtml: partners' offers to schools and daycares, open to everyone. A GET form whose
 * filters live in the address (q, theme, age, municipality, page), so a search can be bookmarked and
 * linked to from a course page or a coverage gap. A value that names nothing is no filter.
 */
@Named
@RequestScoped
public class OffersBacking {

    @Inject
    OfferCatalog catalog;

    @Inject
    LanguageBacking language;

    @Inject
    ExternalContext external;

    private OfferSearch search;
    private OfferView view;

    @PostConstruct
    void load() {
        String text = param("q");
        search = new OfferSearch(text.length() > OfferSearch.TEXT_MAX ? text.substring(0, OfferSearch.TEXT_MAX) : text,
                param("theme"), ageGroup(param("age")), param("municipality"), AddressParameters.page(param("page")));
        view = catalog.browse(search, language.getLocale());
    }

    private static AgeGroup ageGroup(String name) {
        return Arrays.stream(AgeGroup.values()).filter(group -> group.name().equals(name)).findFirst().orElse(null);
    }

    /** What the visitor chose, shown back in the form. */
    public String param(String name) {
        return external.getRequestParameterMap().getOrDefault(name, "");
    }

    public List<AgeGroup> getAgeGroups() {
        return List.of(AgeGroup.values());
    }

    public String pageUrl(int number) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", search.text());
        query.put("theme", search.theme());
        query.put("age", search.ageGroup() == null ? null : search.ageGroup().name());
        query.put("municipality", search.municipality());
        query.put("page", number == 0 ? null : Integer.toString(number));
        return AddressParameters.address(external.getRequestContextPath() + "/catalog/offers.xhtml", query);
    }

    public OfferView getView() {
        return view;
    }
}
