package dk.samspil.catalog.control;

import dk.samspil.catalog.entity.Course;

import java.util.Collection;
import java.util.Map;

/**
 * What the catalogue shows of its courses' seats, told by the enrolment capability: it lies above
 * the catalogue, knows which enrolments hold a seat, and implements this ({@code EnrolmentSeatCounts}).
 */
public interface SeatCounts {

    /** Seats taken per course id, in one statement; a course with none taken is missing. */
    Map<Long, Long> taken(Collection<Long> courseIds);

    /** The seats taken on a course and the places in its waiting list, in one statement. */
    Taken of(Course course);

    /** A JPQL condition on the course {@code course} (an alias in the caller's query) that holds while it has a free seat. */
    Condition freeSeat(String course);

    record Taken(long seats, long waitlisted) {
    }

    /** A piece of JPQL and the parameters it names. */
    record Condition(String jpql, Map<String, Object> parameters) {
    }
}
