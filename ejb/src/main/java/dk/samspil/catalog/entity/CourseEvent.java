package dk.samspil.catalog.entity;

/**
 * What the catalogue tells the capabilities above it about a course, as CDI events fired in the
 * transaction that changed it (observers run at once, in that transaction, after the course's row
 * is locked): the catalogue knows nothing of enrolments, seats or notifications, and the
 * capabilities that do listen. The catalogue fires, enrolment observes.
 */
public sealed interface CourseEvent {

    Course course();

    /** Capacity, waiting list or enrolment terms were revised: seats may have been added. */
    record CourseRevised(Course course) implements CourseEvent {
    }

    /** The course was cancelled (its reason is on the course). */
    record CourseCancelled(Course course) implements CourseEvent {
    }

    /** The course was closed: completions are decided and the evaluation opens. */
    record CourseClosed(Course course) implements CourseEvent {
    }

    /** A session of a published course moved (time, place or room). */
    record SessionMoved(Course course, CourseSession session) implements CourseEvent {
    }
}
