package dk.samspil.development.boundary;

import java.io.Serializable;
import java.util.List;

/** {@code share} is 0–1; the target is 95 %. */
public record Result(long planned, long covered, double share, boolean meetsTarget, List<SubjectRow> subjects,
                     List<GapRow> gaps) implements Serializable {
}
