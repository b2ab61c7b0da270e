package dk.samspil.reflection.web;

import dk.samspil.reflection.boundary.ReflectionNotFoundException;
import dk.samspil.reflection.boundary.SharedReflections;
import dk.samspil.reflection.boundary.SharedRow;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.util.List;

/**
 * reflection/course.xhtml?code=: the reflections shared on one course with the caller's audience there
 * (the course team, or the cohort), and reflection/shared.xhtml: what a leader's staff shared with them.
 */
@Named
@RequestScoped
public class CourseReflectionsBacking {

    @Inject
    SharedReflections shared;

    @Inject
    LanguageBacking language;

    private String code;
    private List<SharedRow> rows;

    public void load() {
        try {
            rows = shared.findOnCourse(code == null ? "" : code, language.getLocale());
        } catch (ReflectionNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void loadFromStaff() {
        rows = shared.findFromMyStaff(language.getLocale());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<SharedRow> getRows() {
        return rows;
    }
}
