package dk.samspil.evaluation.entity;

import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of a response: a score for a statement, or words for an open question. */
@NoPersonalData("An anonymous answer: nothing ties it to a person.")
@Embeddable
public class Answer {

    public static final int COMMENT_MAX = 2000;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "score")
    private Integer score;

    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;

    protected Answer() {
    }

    Answer(long questionId, Integer score, String comment) {
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
