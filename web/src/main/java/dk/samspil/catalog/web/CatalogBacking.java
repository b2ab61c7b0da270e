package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CourseRow;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The public catalogue on the front page: published courses by start date. */
@Named
@RequestScoped
public class CatalogBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    Catalog catalog;

    @Inject
    LanguageBacking language;

    private List<CourseRow> rows;

    @PostConstruct
    void load() {
        rows = catalog.findPublishedCourses(0, PAGE_SIZE, language.getLocale());
    }

    public List<CourseRow> getRows() {
        return rows;
    }
}
