package dk.samspil.development.boundary;

import java.io.Serializable;
import java.util.List;

/** Lessons uncovered in a subject and grade, and published courses with seats whose theme addresses the subject. */
public record GapRow(String subject, int grade, long uncovered, List<CourseLink> courses) implements Serializable {
}
