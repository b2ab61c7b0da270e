package dk.samspil.evaluation.web;

import dk.samspil.evaluation.boundary.EvaluationForm;
import dk.samspil.evaluation.boundary.MyEvaluations;
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

/** participant/evaluation.xhtml?course=: the participant's anonymous evaluation of an ended course. */
@Named
@ViewScoped
public class EvaluationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyEvaluations evaluations;

    @Inject
    LanguageBacking language;

    private String course;
    private EvaluationForm form;
    private final Map<Long, Integer> scores = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        try {
            form = evaluations.open(course == null ? "" : course, language.getLocale());
        } catch (NotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void send() {
        evaluations.answer(course, scores, comments);
        Messages.addGlobalInfo("evaluation.answer.thanks");
        load();
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public EvaluationForm getForm() {
        return form;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
