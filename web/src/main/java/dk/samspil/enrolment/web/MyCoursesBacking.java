package dk.samspil.enrolment.web;

import dk.samspil.enrolment.boundary.EnrolmentRow;
import dk.samspil.enrolment.boundary.MyEnrolments;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

@Named
@RequestScoped
public class MyCoursesBacking {

    @Inject
    MyEnrolments enrolments;

    @Inject
    LanguageBacking language;

    private List<EnrolmentRow> rows;

    @PostConstruct
    void load() {
        rows = enrolments.findMine(language.getLocale());
    }

    public List<EnrolmentRow> getRows() {
        return rows;
    }
}
