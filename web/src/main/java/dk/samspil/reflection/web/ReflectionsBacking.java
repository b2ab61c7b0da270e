package dk.samspil.reflection.web;

import dk.samspil.reflection.boundary.CourseModules;
import dk.samspil.reflection.boundary.MyReflections;
import dk.samspil.reflection.boundary.ReflectionNotFoundException;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** participant/reflections.xhtml?course=: the modules of one of the participant's courses and their reflections. */
@Named
@RequestScoped
public class ReflectionsBacking {

    @Inject
    MyReflections reflections;

    @Inject
    LanguageBacking language;

    private String course;
    private CourseModules modules;

    public void load() {
        try {
            modules = reflections.findForCourse(course == null ? "" : course, language.getLocale());
        } catch (ReflectionNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public CourseModules getModules() {
        return modules;
    }
}
