package dk.samspil.development.boundary;

import dk.samspil.development.entity.GoalStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A goal with its courses, comments and, for open goals, published courses with seats on its theme. */
public record GoalRow(long id, String text, String theme, Long themeId, LocalDate dueDate, GoalStatus status,
                      boolean overdue, String agreedBy, List<CourseLink> courses, List<CommentRow> comments,
                      List<CourseLink> suggestions) implements Serializable {
}
