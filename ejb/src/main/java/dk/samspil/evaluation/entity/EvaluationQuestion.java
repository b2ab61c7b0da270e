package dk.samspil.evaluation.entity;

import dk.samspil.catalog.entity.Course;
import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One question of a course's evaluation, in Danish and optionally English. */
@NoPersonalData("A question of a course evaluation.")
@Entity
@Table(name = "evaluation_question")
public class EvaluationQuestion {

    public static final int TEXT_MAX = 300;
    public static final int MAX_QUESTIONS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private QuestionKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "text_da", length = TEXT_MAX, nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "text_en", length = TEXT_MAX))})
    private LocalizedText text;

    protected EvaluationQuestion() {
    }

    public EvaluationQuestion(Course course, int position, QuestionKind kind, LocalizedText text) {
        if (position < 1 || position > MAX_QUESTIONS) {
            throw new EvaluationRefusedException("evaluation.setup.too-many", MAX_QUESTIONS);
        }
        if (text == null || text.da() == null || text.da().isBlank()) {
            throw new EvaluationRefusedException("evaluation.setup.text-required");
        }
        if (text.da().length() > TEXT_MAX || text.en() != null && text.en().length() > TEXT_MAX) {
            throw new EvaluationRefusedException("evaluation.setup.text-too-long", TEXT_MAX);
        }
        this.course = course;
        this.position = position;
        this.kind = kind;
        this.text = text;
    }

    void placeAt(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public LocalizedText getText() {
        return text;
    }
}
