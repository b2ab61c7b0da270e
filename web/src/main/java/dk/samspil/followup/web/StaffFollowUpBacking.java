package dk.samspil.followup.web;

import dk.samspil.followup.boundary.FollowUpForm;
import dk.samspil.followup.boundary.StaffFollowUps;
import dk.samspil.shared.NotFoundException;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * leader/follow-up.xhtml?enrolment=: a leader answers the follow-up about one of their staff and
 * reads the staff member's own answers if they were shared.
 */
@Named
@ViewScoped
public class StaffFollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffFollowUps followUps;

    @Inject
    LanguageBacking language;

    private Long enrolment;
    private FollowUpForm form;
    private final Map<Long, Integer> scores = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        try {
            form = followUps.form(enrolment == null ? 0 : enrolment, language.getLocale());
        } catch (NotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void send() {
        followUps.answer(enrolment, scores, comments);
        Messages.addGlobalInfo("followup.answer.thanks");
        load();
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public FollowUpForm getForm() {
        return form;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
