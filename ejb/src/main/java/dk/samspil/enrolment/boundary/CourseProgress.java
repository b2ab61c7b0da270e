package dk.samspil.enrolment.boundary;

import dk.samspil.enrolment.entity.Progress;

import java.io.Serializable;
import java.util.List;

/** A current course of the caller with their progress and the reflections still missing. */
public record CourseProgress(String courseCode, Progress progress, List<MissingReflection> missing) implements Serializable {

    public CourseProgress {
        missing = List.copyOf(missing);
    }
}
