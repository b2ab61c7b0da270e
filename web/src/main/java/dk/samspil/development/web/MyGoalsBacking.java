package dk.samspil.development.web;

import dk.samspil.development.boundary.GoalRow;
import dk.samspil.development.boundary.Goals;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** participant/my-goals.xhtml: the goals the employee agreed with their leader, with comments and course suggestions. */
@Named
@ViewScoped
public class MyGoalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Goals goals;

    @Inject
    LanguageBacking language;

    private List<GoalRow> rows;
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        rows = goals.findMine(language.getLocale());
    }

    public void comment(long goalId) {
        goals.comment(goalId, comments.remove(goalId));
        Messages.addGlobalInfo("development.goal.commented");
        load();
    }

    public List<GoalRow> getRows() {
        return rows;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
