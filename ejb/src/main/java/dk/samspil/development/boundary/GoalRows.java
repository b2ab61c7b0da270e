package dk.samspil.development.boundary;

import java.io.Serializable;

import dk.samspil.development.entity.GoalStatus;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.entity.JobFunction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the goal and development pages show. */
public final class GoalRows {

    private GoalRows() {
    }

    /** A goal with its courses, comments and, for open goals, published courses with seats on its theme. */
    public record GoalRow(long id, String text, String theme, Long themeId, LocalDate dueDate, GoalStatus status,
                          boolean overdue, String agreedBy, List<CourseLink> courses, List<CommentRow> comments,
                          List<CourseLink> suggestions) implements Serializable {
    }

    public record CommentRow(String author, String body, LocalDateTime createdAt) implements Serializable {
    }

    /** One course in a person's history. */
    public record HistoryRow(String courseCode, String courseTitle, EnrolmentStatus status, LocalDate from,
                             LocalDate to, int ects) implements Serializable {
    }

    /** One person's development as their leader sees it. */
    public record PersonDevelopment(long id, String name, String email, String institution, JobFunction jobFunction,
                                    int ectsThisYear, int ectsTotal, List<HistoryRow> history, List<GoalRow> goals,
                                    List<Option> themes) implements Serializable {
    }
}
