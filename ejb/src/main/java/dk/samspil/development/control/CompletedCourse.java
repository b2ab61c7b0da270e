package dk.samspil.development.control;

/** A course a member of staff completed in Samspil, by its enrolment. */
public record CompletedCourse(Long enrolmentId, String participant, String title) {
}
