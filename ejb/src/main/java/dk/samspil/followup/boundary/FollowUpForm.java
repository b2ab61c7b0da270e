package dk.samspil.followup.boundary;

import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.followup.entity.Partnership;
import dk.samspil.followup.entity.Respondent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A follow-up as one respondent sees it: the questions for them, their own answers once given
 * ({@code mine}), and the other side's where they may read it ({@code other}: the leader's answers
 * for the participant; the participant's, if shared, for a leader). {@code participantName} is who
 * the follow-up is about.
 */
public record FollowUpForm(String courseCode, String courseTitle, Respondent respondent, String participantName,
                           List<Question> questions, Answers mine, Answers other) implements Serializable {

    public boolean isAnswered() {
        return mine != null;
    }

    public record Question(long id, int position, QuestionKind kind, String text) implements Serializable {
    }

    /** A response as read: who gave it and when, a participant's choices, and each answer with its question. */
    public record Answers(String author, LocalDate answeredOn, Partnership partnership, boolean sharedWithLeader,
                          boolean nameShown, List<Line> lines) implements Serializable {
    }

    public record Line(String question, QuestionKind kind, Integer score, String comment) implements Serializable {
    }
}
