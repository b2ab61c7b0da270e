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

    /** The mean of scores 1–5 counted per score ({@code counts[s - 1]}), to one decimal; 0 without answers. */
    public static double mean(long[] counts) {
        long answers = 0;
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            answers += counts[i];
            sum += counts[i] * (i + 1);
        }
        return answers == 0 ? 0 : Math.round(sum * 10.0 / answers) / 10.0;
    }

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
