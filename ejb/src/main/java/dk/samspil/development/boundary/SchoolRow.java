package dk.samspil.development.boundary;

/** One school's coverage in its municipality; {@code share} is 0–1. */
public record SchoolRow(String school, long planned, long covered, double share, boolean meetsTarget) {
}
