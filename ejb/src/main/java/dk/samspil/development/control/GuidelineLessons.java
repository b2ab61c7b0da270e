package dk.samspil.development.control;

import java.util.Map;

/** Guideline lessons per class in a subject and grade. */
public record GuidelineLessons(Long subjectId, Integer grade, Integer lessonsPerClass) {

    /** The lessons planned: the grade's regular classes × the guideline lessons per class. */
    public long planned(Map<Integer, Integer> classes) {
        return (long) classes.getOrDefault(grade, 0) * lessonsPerClass;
    }
}
