package dk.samspil.development.boundary;

import java.io.Serializable;

/** A subject's coverage over all grades; {@code share} is 0–1. */
public record SubjectRow(String subject, long planned, long covered, double share, boolean meetsTarget) implements Serializable {
}
