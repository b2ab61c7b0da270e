package dk.samspil.catalog.web;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CourseDetails;
import dk.samspil.catalog.boundary.CourseNotFoundException;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** One course's public page, addressed by its code: {@code /catalog/course.xhtml?code=…}. */
@Named
@RequestScoped
public class CourseBacking {

    @Inject
    Catalog catalog;

    @Inject
    LanguageBacking language;

    private String code;
    private CourseDetails course;

    public void load() {
        try {
            course = catalog.getPublishedCourse(code == null ? "" : code, language.getLocale());
        } catch (CourseNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CourseDetails getCourse() {
        return course;
    }
}
