package dk.samspil.enrolment.control;

import dk.samspil.catalog.boundary.CourseNotFoundException;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.WaitingListPolicy;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.enrolment.entity.Occupancy;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.DanishTime;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Every decision about a course's seats and waiting list is made here, after the course's row has
 * been locked in the database ({@code SELECT … FOR UPDATE}) and read again (the datasource runs
 * READ COMMITTED, so counts read after the lock include what the previous holder committed). All such decisions for one course
 * therefore happen one after the other, whichever server they run on, while different courses
 * never wait for each other. Transactions stay short: lock, count, write.
 */
@Dependent
public class SeatLedger {

    @PersistenceContext
    EntityManager em;

    /**
     * The course, locked until the transaction ends. Call it before anything else in the transaction
     * reads the course, so that the course is read once the lock is held. The row is locked by a plain
     * {@code FOR UPDATE}: JPA's pessimistic lock would also lock and reread the course's modules,
     * partners and target groups, which seat decisions never need.
     */
    public Course lock(String code) {
        List<?> ids = em.createNativeQuery("SELECT id FROM course WHERE code = ? FOR UPDATE")
                .setParameter(1, code)
                .getResultList();
        if (ids.isEmpty()) {
            throw new CourseNotFoundException(code);
        }
        return em.find(Course.class, ((Number) ids.get(0)).longValue());
    }

    /** The course of an enrolment, locked, and both as they are once the lock is held. */
    public Enrolment lockCourseOf(Enrolment enrolment) {
        boolean courseRead = em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(enrolment, "course");
        long courseId = courseRead ? enrolment.getCourse().getId()
                : em.createQuery("SELECT e.course.id FROM Enrolment e WHERE e.id = :id", Long.class)
                .setParameter("id", enrolment.getId())
                .getSingleResult();
        em.createNativeQuery("SELECT id FROM course WHERE id = ? FOR UPDATE").setParameter(1, courseId).getResultList();
        Course course = em.find(Course.class, courseId);
        if (courseRead) {
            em.refresh(course);
        }
        em.refresh(enrolment);
        return enrolment;
    }

    /** Seats taken and the line, in one statement; call only with the course locked. */
    public Occupancy occupancy(Course course) {
        long seats = 0;
        long waiting = 0;
        long lastRank = 0;
        for (Object[] row : em.createQuery("""
                        SELECT e.status, COUNT(e), MAX(e.waitlistRank) FROM Enrolment e
                        WHERE e.course = :course AND e.status IN :counted GROUP BY e.status""", Object[].class)
                .setParameter("course", course)
                .setParameter("counted", List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.OFFERED,
                        EnrolmentStatus.COMPLETED, EnrolmentStatus.WAITLISTED))
                .getResultList()) {
            if (row[0] == EnrolmentStatus.WAITLISTED) {
                waiting = (Long) row[1];
                lastRank = (Long) row[2];
            } else {
                seats += (Long) row[1];
            }
        }
        return new Occupancy(course.getMaxParticipants(), course.getWaitingListCapacity(), seats, waiting, lastRank);
    }

    /**
     * A person's new enrolment on a locked course: refused when the course is not open, the deadline
     * has passed or the person already has an active enrolment; otherwise it waits for a leader, or
     * takes a seat, or the next place in line.
     */
    public Enrolment enrol(Course course, Account participant, String motivation) {
        if (!course.isOpenForEnrolment(DanishTime.today())) {
            throw new EnrolmentRefusedException(course.getStatus() == CourseStatus.PUBLISHED
                    ? "enrolment.refused.deadline" : "enrolment.refused.not-open", course.getCode());
        }
        if (!participant.isActive()) {
            throw new EnrolmentRefusedException("enrolment.refused.inactive");
        }
        boolean enrolled = !em.createQuery("""
                        SELECT e.id FROM Enrolment e
                        WHERE e.course = :course AND e.participant = :participant AND e.status IN :active""")
                .setParameter("course", course)
                .setParameter("participant", participant)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (enrolled) {
            throw new EnrolmentRefusedException("enrolment.refused.already", course.getCode());
        }
        boolean approval = course.isLeaderApprovalRequired()
                || participant.getInstitution() != null && participant.getInstitution().isApprovalRequired();
        Enrolment enrolment = Enrolment.request(course, participant, motivation, approval);
        if (enrolment.getStatus() == EnrolmentStatus.REQUESTED) {
            enrolment.place(occupancy(course));
        }
        em.persist(enrolment);
        return enrolment;
    }

    /**
     * Gives free seats to the first in line, in order: at once, or as an offer with a time limit,
     * as the course says. Called after anything that frees or adds seats.
     */
    public void fill(Course course) {
        long free = occupancy(course).freeSeats();
        if (free == 0) {
            return;
        }
        List<Enrolment> first = em.createQuery("""
                        SELECT e FROM Enrolment e WHERE e.course = :course AND e.status = :waitlisted
                        ORDER BY e.waitlistRank""", Enrolment.class)
                .setParameter("course", course)
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .setMaxResults((int) Math.min(free, Integer.MAX_VALUE))
                .getResultList();
        for (Enrolment next : first) {
            if (course.getWaitingListPolicy() == WaitingListPolicy.OFFER) {
                next.offer(DanishTime.now().plusHours(course.getOfferHours()));
            } else {
                next.promote();
            }
        }
    }

    /** The course was cancelled: every active enrolment ends with it. */
    public void cancelAll(Course course) {
        em.createQuery("SELECT e FROM Enrolment e WHERE e.course = :course AND e.status IN :active", Enrolment.class)
                .setParameter("course", course)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .getResultStream()
                .filter(e -> e.getStatus() != EnrolmentStatus.COMPLETED)
                .forEach(Enrolment::cancel);
    }

    /** The 1-based place in line of a waitlisted enrolment. */
    public long positionOf(Enrolment waitlisted) {
        return em.createQuery("""
                        SELECT COUNT(e) FROM Enrolment e
                        WHERE e.course = :course AND e.status = :waitlisted AND e.waitlistRank <= :rank""", Long.class)
                .setParameter("course", waitlisted.getCourse())
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .setParameter("rank", waitlisted.getWaitlistRank())
                .getSingleResult();
    }
}
