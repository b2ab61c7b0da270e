package dk.samspil.enrolment.control;

import dk.samspil.catalog.entity.Course;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What completion needs to know of reflections, told by the reflection capability (which lies above
 * enrolment and implements this): for a course, each author's modules with a submitted reflection.
 */
public interface SubmittedReflections {

    /** Account id → the ids of the course's modules the account has submitted a reflection on. */
    Map<Long, Set<Long>> byAuthor(Course course);

    /** The modules, among the given courses', on which the account has submitted a reflection. */
    Set<Long> modulesSubmittedBy(long accountId, Collection<Long> courseIds);
}
