package dk.samspil.followup.web;

import dk.samspil.followup.boundary.FollowUpForm;
import dk.samspil.followup.boundary.MyFollowUps;
import dk.samspil.followup.entity.FollowUpResponse;
import dk.samspil.followup.entity.Partnership;
import dk.samspil.shared.NotFoundException;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * participant/follow-up.xhtml?course=: the participant answers a course's follow-up, then sees
 * their answers and their leader's, and chooses (and may change) whether their leader sees theirs
 * and whether the consultant sees their name.
 */
@Named
@ViewScoped
public class FollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyFollowUps followUps;

    @Inject
    LanguageBacking language;

    private String course;
    private FollowUpForm form;
    private final Map<Long, Integer> scores = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private Partnership partnership;
    private boolean sharedWithLeader;
    private boolean nameShown;

    public void load() {
        try {
            form = followUps.form(course == null ? "" : course, language.getLocale());
            if (form.isAnswered()) {
                sharedWithLeader = form.mine().sharedWithLeader();
                nameShown = form.mine().nameShown();
            }
        } catch (NotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void send() {
        followUps.answer(course, new FollowUpResponse.Given(scores, comments, partnership, sharedWithLeader, nameShown));
        Messages.addGlobalInfo("followup.answer.thanks");
        load();
    }

    public void share() {
        followUps.share(course, sharedWithLeader, nameShown);
        Messages.addGlobalInfo("followup.share.saved");
        load();
    }

    public List<Partnership> getPartnerships() {
        return List.of(Partnership.values());
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
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

    public Partnership getPartnership() {
        return partnership;
    }

    public void setPartnership(Partnership partnership) {
        this.partnership = partnership;
    }

    public boolean isSharedWithLeader() {
        return sharedWithLeader;
    }

    public void setSharedWithLeader(boolean sharedWithLeader) {
        this.sharedWithLeader = sharedWithLeader;
    }

    public boolean isNameShown() {
        return nameShown;
    }

    public void setNameShown(boolean nameShown) {
        this.nameShown = nameShown;
    }
}
