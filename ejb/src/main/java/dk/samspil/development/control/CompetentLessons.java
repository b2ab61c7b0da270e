package dk.samspil.development.control;

/** The lessons a school's competent teachers teach in a subject and grade. */
public record CompetentLessons(Long institutionId, Long subjectId, Integer grade, Long lessons) {
}
