package dk.samspil.development.boundary;

import java.io.Serializable;

/** A course to show by its code and title. */
public record CourseLink(String code, String title) implements Serializable {
}
