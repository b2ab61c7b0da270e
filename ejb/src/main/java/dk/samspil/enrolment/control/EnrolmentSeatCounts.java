package dk.samspil.enrolment.control;

import dk.samspil.catalog.control.SeatCounts;
import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The catalogue's seat counts from the enrolments that hold a seat ({@link EnrolmentStatus#SEAT_HOLDING}). */
@Dependent
public class EnrolmentSeatCounts implements SeatCounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Long> taken(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        SELECT e.course.id, COUNT(e) FROM Enrolment e
                        WHERE e.course.id IN :ids AND e.status IN :seatHolding
                        GROUP BY e.course.id""", Object[].class)
                .setParameter("ids", courseIds)
                .setParameter("seatHolding", EnrolmentStatus.SEAT_HOLDING)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    public Taken of(Course course) {
        Map<EnrolmentStatus, Long> enrolments = em.createQuery(
                        "SELECT e.status, COUNT(e) FROM Enrolment e WHERE e.course = :course GROUP BY e.status",
                        Object[].class)
                .setParameter("course", course)
                .getResultStream()
                .collect(Collectors.toMap(row -> (EnrolmentStatus) row[0], row -> (Long) row[1]));
        long seats = EnrolmentStatus.SEAT_HOLDING.stream().mapToLong(status -> enrolments.getOrDefault(status, 0L)).sum();
        return new Taken(seats, enrolments.getOrDefault(EnrolmentStatus.WAITLISTED, 0L));
    }

    @Override
    public Condition freeSeat(String course) {
        return new Condition(course + ".enrolmentTerms.maxParticipants > (SELECT COUNT(e) FROM Enrolment e WHERE e.course = " + course
                + " AND e.status IN :seatHolding)", Map.of("seatHolding", EnrolmentStatus.SEAT_HOLDING));
    }
}
