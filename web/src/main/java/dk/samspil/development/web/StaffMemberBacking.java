package dk.samspil.development.web;

import dk.samspil.development.boundary.GoalNotFoundException;
import dk.samspil.development.boundary.Goals;
import dk.samspil.development.boundary.HistoryRow;
import dk.samspil.development.boundary.PersonDevelopment;
import dk.samspil.development.entity.GoalStatus;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * leader/staff-member.xhtml?id=: one staff member's development (courses, ECTS, goals) and the
 * goals the leader agrees with them; participant/my-goals.xhtml uses the comment part for the
 * employee's side.
 */
@Named
@ViewScoped
public class StaffMemberBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Goals goals;

    @Inject
    LanguageBacking language;

    private Long id;
    private PersonDevelopment person;
    private String text;
    private Long themeId;
    private LocalDate dueDate;
    private final Map<Long, String> comments = new HashMap<>();
    private final Map<Long, String> courseCodes = new HashMap<>();

    public void load() {
        try {
            person = goals.findPerson(id == null ? -1 : id, language.getLocale());
        } catch (GoalNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void agree() {
        goals.agree(id, text, themeId, dueDate);
        text = null;
        themeId = null;
        dueDate = null;
        done("development.goal.agreed");
    }

    public void setStatus(long goalId, GoalStatus status) {
        goals.setStatus(goalId, status);
        done("development.goal.status-changed");
    }

    public void linkCourse(long goalId) {
        goals.linkCourse(goalId, courseCodes.remove(goalId));
        done("development.goal.linked");
    }

    public void comment(long goalId) {
        goals.comment(goalId, comments.remove(goalId));
        done("development.goal.commented");
    }

    private void done(String message) {
        Messages.addGlobalInfo(message);
        load();
    }

    public List<GoalStatus> getStatuses() {
        return List.of(GoalStatus.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The courses the person took, takes or waits for; the ones that ended without a course are apart. */
    public List<HistoryRow> getHistory() {
        return person.history().stream().filter(row -> !row.ended()).toList();
    }

    public List<HistoryRow> getEndedHistory() {
        return person.history().stream().filter(HistoryRow::ended).toList();
    }

    public PersonDevelopment getPerson() {
        return person;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public Map<Long, String> getCourseCodes() {
        return courseCodes;
    }
}
