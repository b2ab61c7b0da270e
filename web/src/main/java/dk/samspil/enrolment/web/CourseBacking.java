package dk.samspil.enrolment.web;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CourseDetails;
import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.enrolment.boundary.EnrolmentOutcome;
import dk.samspil.enrolment.boundary.EnrolmentRow;
import dk.samspil.enrolment.boundary.Enrolments;
import dk.samspil.enrolment.boundary.MyEnrolments;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** One course's public page, addressed by its code: {@code /catalog/course.xhtml?code=…}. */
@Named
@RequestScoped
public class CourseBacking {

    @Inject
    Catalog catalog;

    @Inject
    LanguageBacking language;

    @Inject
    MyEnrolments myEnrolments;

    @Inject
    Enrolments enrolments;

    @Inject
    SecurityContext security;

    private String code;
    private CourseDetails course;
    private EnrolmentRow mine;
    private String motivation;

    public void load() {
        try {
            course = catalog.getPublishedCourse(code == null ? "" : code, language.getLocale());
        } catch (CourseNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
            return;
        }
        if (security.isCallerInRole(Role.PARTICIPANT_NAME)) {
            mine = myEnrolments.findOn(course.code(), language.getLocale()).orElse(null);
        }
    }

    /**
     * Enrols the caller; the outcome is told at once and the page shown again (post-redirect-get),
     * so that a reload never enrols twice. The code comes back with the postback from the view parameter.
     */
    public String enrol() {
        EnrolmentOutcome outcome = enrolments.enrol(code, motivation);
        if (outcome.status() == EnrolmentStatus.WAITLISTED) {
            Messages.addFlashGlobalInfo("enrolment.outcome.WAITLISTED", outcome.position());
        } else {
            Messages.addFlashGlobalInfo("enrolment.outcome." + outcome.status());
        }
        return "/catalog/course?faces-redirect=true&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    /** The caller's active enrolment on this course, or null. */
    public EnrolmentRow getMine() {
        return mine;
    }

    public boolean isParticipant() {
        return security.isCallerInRole(Role.PARTICIPANT_NAME);
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
