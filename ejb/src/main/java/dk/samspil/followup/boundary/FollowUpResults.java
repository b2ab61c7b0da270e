package dk.samspil.followup.boundary;

import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.followup.entity.Partnership;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One audience's answers to a course's follow-up as aggregates: per statement the number of each
 * score and the mean, per open question the answers in alphabetical order, named only where the
 * participant allowed it, and (participants) how many report a new, a continued or no partnership.
 * Nothing is shown below three responses ({@code shown} is then false).
 */
public record FollowUpResults(long responses, boolean shown, List<QuestionResult> questions,
                              Map<Partnership, Long> partnerships) implements Serializable {

    public long partnerships(Partnership kind) {
        return partnerships.getOrDefault(kind, 0L);
    }

    /** {@code counts[s - 1]} answers gave score s. */
    public record QuestionResult(long id, int position, QuestionKind kind, String text, long[] counts, double mean,
                                 List<Comment> comments) implements Serializable {

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

    /** Words from one response; {@code author} only where they allowed their name to be shown. */
    public record Comment(String text, String author) implements Serializable {
    }
}
