package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.Semester;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a consultant looks for among the college's courses: words in the code or title, the statuses
 * (by default the courses still being planned or run: drafts and published ones, so cancelled and
 * completed courses do not pile up), a semester (null: any), and which page.
 */
public record PlanningQuery(String text, Set<CourseStatus> statuses, Semester semester, int page) {

    public static final int TEXT_MAX = 100;
    public static final Set<CourseStatus> OPEN = EnumSet.of(CourseStatus.DRAFT, CourseStatus.PUBLISHED);

    public PlanningQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        statuses = statuses == null || statuses.isEmpty() ? OPEN : EnumSet.copyOf(statuses);
        page = Math.max(0, page);
    }

    public static PlanningQuery open() {
        return new PlanningQuery(null, OPEN, null, 0);
    }
}
