package dk.samspil.development.boundary;

import java.io.Serializable;

/** A teacher's lessons in a subject and grade; {@code competent} when they count as covered. */
public record AssignmentRow(long id, String teacher, String subject, int grade, int lessons, boolean competent) implements Serializable {
}
