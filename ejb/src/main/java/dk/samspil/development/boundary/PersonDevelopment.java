package dk.samspil.development.boundary;

import dk.samspil.people.entity.JobFunction;

import java.io.Serializable;
import java.util.List;

/** One person's development as their leader sees it. */
public record PersonDevelopment(long id, String name, String email, String institution, JobFunction jobFunction,
                                int ectsThisYear, int ectsTotal, List<HistoryRow> history, List<GoalRow> goals,
                                List<Option> themes) implements Serializable {
}
