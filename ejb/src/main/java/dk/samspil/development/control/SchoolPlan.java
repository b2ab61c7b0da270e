package dk.samspil.development.control;

/**
 * One school of a municipality with one subject and grade of its plan; the plan's fields are null
 * for a school that plans nothing, {@code classes} when the grade has none recorded.
 */
public record SchoolPlan(Long institutionId, String school, Long subjectId, Integer grade, Integer lessonsPerClass,
                         Integer classes) {

    public boolean plansNothing() {
        return subjectId == null;
    }

    public long planned() {
        return (long) (classes == null ? 0 : classes) * lessonsPerClass;
    }
}
