package dk.samspil.development.boundary;

import java.io.Serializable;

/** Guideline lessons per class in a subject and grade, and the lessons that plans for the grade's classes. */
public record PlannedRow(long subjectId, String subject, int grade, int lessonsPerClass, long planned) implements Serializable {
}
