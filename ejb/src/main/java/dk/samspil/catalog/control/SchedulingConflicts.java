package dk.samspil.catalog.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.SessionPlan;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.BusinessException.Detail;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * What a consultant should know before a session is saved: the room or a facilitator is busy in
 * another session at the same time (of any course not cancelled), or the session lies outside the
 * course's planned period. Two statements at most, using the (room, start) and facilitator indexes.
 * Dates and times go out as {@code java.time} values, for the page to write in its reader's language.
 */
@Dependent
public class SchedulingConflicts {

    @PersistenceContext
    EntityManager em;

    public List<Detail> find(Course course, SessionPlan plan, Long rescheduledSessionId) {
        List<Detail> warnings = new ArrayList<>();
        if (course.isOutsidePeriod(plan)) {
            warnings.add(new Detail("catalog.session.warning.outside-period",
                    course.getPeriodStart(), course.getPeriodEnd(), plan.startsAt().toLocalDate()));
        }
        long self = rescheduledSessionId == null ? -1 : rescheduledSessionId;
        em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m JOIN FETCH m.course c
                        WHERE s.room = :room AND s.startsAt < :ends AND s.endsAt > :starts AND s.id <> :self
                          AND c.status <> :cancelled ORDER BY s.startsAt""", CourseSession.class)
                .setParameter("room", plan.room())
                .setParameter("starts", plan.startsAt())
                .setParameter("ends", plan.endsAt())
                .setParameter("self", self)
                .setParameter("cancelled", CourseStatus.CANCELLED)
                .getResultStream()
                .forEach(other -> warnings.add(new Detail("catalog.session.warning.room-booked",
                        plan.room().getLabel(), other.getModule().getCourse().getCode(), other.getStartsAt())));
        if (!plan.facilitators().isEmpty()) {
            em.createQuery("""
                            SELECT a.displayName, c.code, s.startsAt
                            FROM CourseSession s JOIN s.facilitators a JOIN s.module m JOIN m.course c
                            WHERE a IN :people AND s.startsAt < :ends AND s.endsAt > :starts AND s.id <> :self
                              AND c.status <> :cancelled ORDER BY s.startsAt, a.displayName""", Object[].class)
                    .setParameter("people", List.copyOf(plan.facilitators()))
                    .setParameter("starts", plan.startsAt())
                    .setParameter("ends", plan.endsAt())
                    .setParameter("self", self)
                    .setParameter("cancelled", CourseStatus.CANCELLED)
                    .getResultStream()
                    .forEach(row -> warnings.add(new Detail("catalog.session.warning.facilitator-booked",
                            row[0], row[1], row[2])));
        }
        return warnings;
    }

    /** Facilitators are college consultants or partners' contacts with a login. */
    public static boolean canFacilitate(Account account) {
        return account.isActive() && (account.getRoles().contains(Role.CONSULTANT)
                || account.getRoles().contains(Role.PARTNER));
    }
}
