package dk.samspil.enrolment.control;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseEvent.CourseCancelled;
import dk.samspil.catalog.entity.CourseEvent.CourseRevised;
import dk.samspil.catalog.entity.CourseEvent.SessionMoved;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.EnrolmentTerms;
import dk.samspil.catalog.entity.WaitingListPolicy;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.enrolment.entity.Occupancy;
import dk.samspil.enrolment.entity.Placement;
import dk.samspil.notification.control.Notifier;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.DanishTime;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Every decision about a course's seats and waiting list is made here, after the course's row has
 * been locked in the database ({@link CourseLock}) and read again (the datasource runs
 * READ COMMITTED, so counts read after the lock include what the previous holder committed). All such decisions for one course
 * therefore happen one after the other, whichever server they run on, while different courses
 * never wait for each other. Transactions stay short: lock, count, write.
 */
@Dependent
public class SeatLedger {

    private static final DateTimeFormatter OFFER_DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    EnrolmentMetrics metrics;

    @Inject
    Callers callers;

    @Inject
    CourseLock courseLock;

    /** The course of an enrolment, locked, and both as they are once the lock is held. */
    public Enrolment lockCourseOf(Enrolment enrolment) {
        boolean courseRead = em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(enrolment, "course");
        long courseId = courseRead ? enrolment.getCourse().getId()
                : em.createQuery("SELECT e.course.id FROM Enrolment e WHERE e.id = :id", Long.class)
                .setParameter("id", enrolment.getId())
                .getSingleResult();
        courseLock.lock(courseId);
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
        EnrolmentTerms terms = course.getEnrolmentTerms();
        return new Occupancy(terms.getMaxParticipants(), terms.getWaitingListCapacity(), seats, waiting, lastRank);
    }

    /**
     * A person's new enrolment on a locked course: refused when the course is not open, the deadline
     * has passed or the person already has an active enrolment (the database's unique key decides,
     * so no query is spent asking first); otherwise it waits for a leader, or takes a seat, or the
     * next place in line. The person is told, and so are their leaders when one must approve.
     */
    public Placement enrol(Course course, Account participant, String motivation) {
        return enrol(course, participant, motivation, false);
    }

    /**
     * As {@link #enrol(Course, Account, String)}, on someone's behalf: a leader's nomination is their
     * approval already; the {@code motivation} then says who enrolled the person.
     */
    public Placement enrol(Course course, Account participant, String motivation, boolean nominatedByLeader) {
        requireOpen(course);
        if (!participant.mayLogIn()) {
            throw new EnrolmentRefusedException("enrolment.refused.inactive");
        }
        boolean approval = !nominatedByLeader && approvalNeeded(course, participant);
        if (approval && participant.getInstitution() == null) {
            // Nobody could approve: a self-registered person's workplace is not confirmed yet, or they have none.
            throw new EnrolmentRefusedException("enrolment.refused.no-leader", course.getCode());
        }
        Enrolment enrolment = Enrolment.request(course, participant, motivation, approval);
        long position = 0;
        if (enrolment.getStatus() == EnrolmentStatus.REQUESTED) {
            Occupancy after = enrolment.place(occupancy(course));
            position = enrolment.getStatus() == EnrolmentStatus.WAITLISTED ? after.waiting() : 0;
        }
        try {
            em.persist(enrolment);
            em.flush();
        } catch (PersistenceException duplicate) {
            if (String.valueOf(duplicate.getMessage()).contains("uq_enrolment_active")) {
                throw new EnrolmentRefusedException("enrolment.refused.already", course.getCode());
            }
            throw duplicate;
        }
        metrics.enrolled(enrolment.getStatus());
        switch (enrolment.getStatus()) {
            case CONFIRMED -> notifier.tell(participant, NotificationKind.CONFIRMED, course, null);
            case WAITLISTED -> notifier.tell(participant, NotificationKind.WAITLISTED, course, position);
            default -> {
                notifier.tell(participant, NotificationKind.AWAITING_APPROVAL, course, null);
                leadersOf(participant).forEach(leader -> notifier.tell(leader, NotificationKind.APPROVAL_REQUESTED,
                        course, participant.getDisplayName()));
            }
        }
        return new Placement(enrolment, position);
    }

    /** Refuses when the course takes no enrolments today: not published, or past its deadline. */
    public static void requireOpen(Course course) {
        if (!course.isOpenForEnrolment(DanishTime.today())) {
            throw new EnrolmentRefusedException(course.getStatus() == CourseStatus.PUBLISHED
                    ? "enrolment.refused.deadline" : "enrolment.refused.not-open", course.getCode());
        }
    }

    /**
     * What {@link #enrol(Course, Account, String)} would make of each person in turn, saving nothing:
     * a placement for each, or null where neither a seat nor a place in line would be left.
     */
    public List<Placement> forecast(Course course, List<Account> people, String motivation) {
        Occupancy occupancy = occupancy(course);
        List<Placement> placements = new ArrayList<>();
        for (Account person : people) {
            Enrolment enrolment = Enrolment.request(course, person, motivation, approvalNeeded(course, person));
            if (enrolment.getStatus() != EnrolmentStatus.REQUESTED) {
                placements.add(new Placement(enrolment, 0));
            } else if (occupancy.hasFreeSeat() || occupancy.hasRoomInLine()) {
                occupancy = enrolment.place(occupancy);
                placements.add(new Placement(enrolment,
                        enrolment.getStatus() == EnrolmentStatus.WAITLISTED ? occupancy.waiting() : 0));
            } else {
                placements.add(null);
            }
        }
        return placements;
    }

    private static boolean approvalNeeded(Course course, Account participant) {
        return course.getEnrolmentTerms().isLeaderApprovalRequired()
                || participant.getInstitution() != null && participant.getInstitution().isApprovalRequired();
    }

    private List<Account> leadersOf(Account participant) {
        if (participant.getInstitution() == null) {
            return List.of();
        }
        return callers.leadersOf(participant.getInstitution(), participant);
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
            if (course.getEnrolmentTerms().getWaitingListPolicy() == WaitingListPolicy.OFFER) {
                LocalDateTime until = DanishTime.now().plusHours(course.getEnrolmentTerms().getOfferHours());
                next.offer(until);
                notifier.tell(next.getParticipant(), NotificationKind.OFFERED, course, OFFER_DEADLINE.format(until));
            } else {
                next.promote();
                notifier.tell(next.getParticipant(), NotificationKind.PROMOTED, course, null);
            }
        }
    }

    /** The catalogue revised a course: seats it added go to the first in line. */
    void revised(@Observes CourseRevised revised) {
        fill(revised.course());
    }

    /** The catalogue cancelled a course. */
    void cancelled(@Observes CourseCancelled cancelled) {
        cancelAll(cancelled.course());
    }

    /** Everyone seated on a published course hears that one of its sessions moved. */
    void sessionMoved(@Observes SessionMoved moved) {
        seated(moved.course()).forEach(person -> notifier.tell(person, NotificationKind.SESSION_MOVED, moved.course(), null));
    }

    /** The course was cancelled: every active enrolment ends with it, and everyone is told why. */
    private void cancelAll(Course course) {
        em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.participant
                        WHERE e.course = :course AND e.status IN :active""", Enrolment.class)
                .setParameter("course", course)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .getResultStream()
                .filter(e -> e.getStatus() != EnrolmentStatus.COMPLETED)
                .forEach(e -> {
                    e.cancel();
                    notifier.tell(e.getParticipant(), NotificationKind.COURSE_CANCELLED, course,
                            course.getCancellationReason());
                });
    }

    /** Everyone holding a seat on the course, e.g. to tell them a session has moved. */
    public List<Account> seated(Course course) {
        return em.createQuery("""
                        SELECT a FROM Enrolment e JOIN e.participant a
                        WHERE e.course = :course AND e.status IN :seated""", Account.class)
                .setParameter("course", course)
                .setParameter("seated", EnrolmentStatus.SEAT_HOLDING)
                .getResultList();
    }
}
