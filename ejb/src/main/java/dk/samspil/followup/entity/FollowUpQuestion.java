package dk.samspil.followup.entity;

import dk.samspil.evaluation.entity.QuestionKind;
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

/** One question of a follow-up, for the participants or for the leaders, in Danish and optionally English. */
@NoPersonalData("A question of a follow-up.")
@Entity
@Table(name = "follow_up_question")
public class FollowUpQuestion {

    public static final int TEXT_MAX = 300;
    /** Per audience. */
    public static final int MAX_QUESTIONS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "follow_up_id", nullable = false, updatable = false)
    private FollowUp followUp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 11)
    private Respondent audience;

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

    protected FollowUpQuestion() {
    }

    public FollowUpQuestion(FollowUp followUp, Respondent audience, int position, QuestionKind kind, LocalizedText text) {
        if (position < 1 || position > MAX_QUESTIONS) {
            throw new FollowUpRefusedException("followup.setup.too-many", MAX_QUESTIONS);
        }
        if (text == null || text.da() == null || text.da().isBlank()) {
            throw new FollowUpRefusedException("followup.setup.text-required");
        }
        if (text.da().length() > TEXT_MAX || text.en() != null && text.en().length() > TEXT_MAX) {
            throw new FollowUpRefusedException("followup.setup.text-too-long", TEXT_MAX);
        }
        this.followUp = followUp;
        this.audience = audience;
        this.position = position;
        this.kind = kind;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Respondent getAudience() {
        return audience;
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
