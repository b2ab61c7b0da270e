package dk.samspil.evaluation.boundary;

import java.io.Serializable;

import dk.samspil.evaluation.entity.QuestionKind;

import java.util.List;

/**
 * A course's evaluation as aggregates: per statement the number of each score and the mean, per
 * open question the answers in alphabetical order (so their order says nothing about who wrote
 * them). Nothing is shown below {@link #MIN_RESPONSES} responses ({@code shown} is then false).
 */
public record EvaluationResults(String courseCode, String courseTitle, long responses, boolean shown,
                                List<QuestionResult> questions) implements Serializable {

    public static final int MIN_RESPONSES = 3;

    /** {@code counts[s - 1]} answers gave score s; {@code comments} is empty for partners and for statements. */
    public record QuestionResult(long id, int position, QuestionKind kind, String text, long[] counts, double mean,
                                 List<String> comments) implements Serializable {

        public long answered() {
            long total = 0;
            for (long count : counts) {
                total += count;
            }
            return total;
        }

        public long count(int score) {
            return counts[score - 1];
        }
    }
}
