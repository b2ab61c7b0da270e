package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.catalog.boundary.CourseRow;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

@Named
@RequestScoped
public class CoursePlanningBacking {

    @Inject
    CoursePlanning planning;

    @Inject
    LanguageBacking language;

    private List<CourseRow> rows;

    @PostConstruct
    void load() {
        rows = planning.findCourses(0, language.getLocale());
    }

    public List<CourseRow> getRows() {
        return rows;
    }
}
