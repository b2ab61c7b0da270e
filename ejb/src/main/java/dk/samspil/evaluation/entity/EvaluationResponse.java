package dk.samspil.evaluation.entity;

import dk.samspil.catalog.entity.Course;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One participant's answers, with no trace of who gave them. Scores must be 1–5, words at most
 * {@link Answer#COMMENT_MAX} characters; unanswered questions are simply left out, but an empty
 * response is refused.
 */
@NoPersonalData("An anonymous set of answers: course and day only.")
@Entity
@Table(name = "evaluation_response")
public class EvaluationResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "submitted_on", nullable = false, updatable = false)
    private LocalDate submittedOn;

    @ElementCollection
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<Answer> answers = new ArrayList<>();

    protected EvaluationResponse() {
    }

    public EvaluationResponse(Course course, List<EvaluationQuestion> questions, Map<Long, Integer> scores,
                              Map<Long, String> comments, LocalDate today) {
        this.course = course;
        this.submittedOn = today;
        for (EvaluationQuestion question : questions) {
            if (question.getKind() == QuestionKind.SCALE) {
                Integer score = scores.get(question.getId());
                if (score != null && (score < 1 || score > 5)) {
                    throw new EvaluationRefusedException("evaluation.answer.score-range");
                }
                if (score != null) {
                    answers.add(new Answer(question.getId(), score, null));
                }
            } else {
                String words = comments.get(question.getId());
                String text = words == null ? "" : words.strip();
                if (text.length() > Answer.COMMENT_MAX) {
                    throw new EvaluationRefusedException("evaluation.answer.too-long", Answer.COMMENT_MAX);
                }
                if (!text.isEmpty()) {
                    answers.add(new Answer(question.getId(), null, text));
                }
            }
        }
        if (answers.isEmpty()) {
            throw new EvaluationRefusedException("evaluation.answer.empty");
        }
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }
}
