package dk.samspil.evaluation.boundary;

import java.io.Serializable;

import dk.samspil.evaluation.entity.QuestionKind;

import java.util.List;

/** The questions a participant answers; {@code answered} once they have, and then nothing more can be sent. */
public record EvaluationForm(String courseCode, String courseTitle, boolean answered, List<Question> questions) implements Serializable {

    public record Question(long id, int position, QuestionKind kind, String text) implements Serializable {
    }
}
