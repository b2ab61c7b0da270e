package dk.samspil.development.control;

/** A teaching assignment with what decides whether its lessons count as competently taught. */
public record Teaching(Long id, String teacher, Long subjectId, Integer grade, Integer lessons, Long competenceId,
                       boolean teacherActive, Long teacherInstitutionId, Long institutionId) {

    /** The teacher has competence in the subject and is still active staff of the school. */
    public boolean competent() {
        return competenceId != null && teacherActive && institutionId.equals(teacherInstitutionId);
    }
}
