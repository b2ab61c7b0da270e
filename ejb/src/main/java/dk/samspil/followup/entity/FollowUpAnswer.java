package dk.samspil.followup.entity;

import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer of a response: a score for a statement, or words for an open question. Its author's. */
@Entity
@Table(name = "follow_up_answer")
public class FollowUpAnswer {

    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private FollowUpResponse response;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(name = "score")
    @PersonalData(Kind.CONTENT)
    private Integer score;

    @Column(name = "comment", length = COMMENT_MAX)
    @PersonalData(Kind.CONTENT)
    private String comment;

    protected FollowUpAnswer() {
    }

    FollowUpAnswer(FollowUpResponse response, long questionId, Integer score, String comment) {
        this.response = response;
        this.questionId = questionId;
        this.score = score;
        this.comment = comment;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
