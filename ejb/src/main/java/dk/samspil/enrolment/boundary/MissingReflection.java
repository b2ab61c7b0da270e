package dk.samspil.enrolment.boundary;

import java.io.Serializable;

/** A module whose required reflection the participant has not submitted yet, in the reader's language. */
public record MissingReflection(long moduleId, String moduleTitle) implements Serializable {
}
