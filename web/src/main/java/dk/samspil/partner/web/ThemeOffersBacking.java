package dk.samspil.partner.web;

import dk.samspil.partner.boundary.OfferCatalog;
import dk.samspil.partner.boundary.OfferRow;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** On a course's public page: partners' offers in the course's theme ("partners who work with this theme"). */
@Named
@RequestScoped
public class ThemeOffersBacking {

    /** How many offers a course page lists before it links to the search. */
    static final int SHOWN = 5;

    @Inject
    OfferCatalog catalog;

    @Inject
    LanguageBacking language;

    private List<OfferRow> offers;

    public List<OfferRow> forCourse(String courseCode) {
        if (offers == null) {
            offers = catalog.inCourseTheme(courseCode, language.getLocale(), SHOWN);
        }
        return offers;
    }
}
