package dk.samspil.enrolment.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.notification.control.Notifier;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.Leases;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Each morning: everyone with a seat on a course that begins in three days is reminded, once; and
 * the consultant of a course below its minimum a week before the registration deadline is asked
 * to decide go or no-go, once.
 */
@Singleton
@DependsOn("DatabaseMigration")
@RolesAllowed(Role.CONSULTANT_NAME)
public class Reminders {

    static final int DAYS_AHEAD = 3;
    static final int GO_NO_GO_DAYS = 7;
    /** Held longer than any run takes, shorter than a day: the first server whose timer fires does the day's run. */
    static final Duration ONE_SERVER_A_DAY = Duration.ofHours(1);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    Leases leases;

    @Schedule(hour = "7", minute = "0", persistent = false)
    @PermitAll
    void everyMorning() {
        if (leases.claim("reminders", ONE_SERVER_A_DAY)) {
            remindThoseStartingSoon(DanishTime.today());
        }
    }

    @Schedule(hour = "6", minute = "30", persistent = false)
    @PermitAll
    void beforeDeadlines() {
        if (leases.claim("deadline-warnings", ONE_SERVER_A_DAY)) {
            warnBelowMinimum(DanishTime.today());
        }
    }

    /** The timer's work, also at a consultant's request (and in tests) for a given day. */
    public void remindThoseStartingSoon(LocalDate today) {
        LocalDate day = today.plusDays(DAYS_AHEAD);
        em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.course c JOIN FETCH e.participant a
                        WHERE c.status = :published AND e.status IN :seated
                          AND c.period.firstSessionAt >= :from AND c.period.firstSessionAt < :until
                          AND NOT EXISTS (SELECT n FROM Notification n
                                          WHERE n.recipient = a AND n.course = c AND n.kind = :reminder)""",
                        Enrolment.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("seated", EnrolmentStatus.SEAT_HOLDING)
                .setParameter("from", day.atStartOfDay())
                .setParameter("until", day.plusDays(1).atStartOfDay())
                .setParameter("reminder", NotificationKind.REMINDER)
                .getResultStream()
                .forEach(e -> {
                    Course course = e.getCourse();
                    notifier.tell(e.getParticipant(), NotificationKind.REMINDER, course,
                            WHEN.format(course.getFirstSessionAt()));
                });
    }

    public void warnBelowMinimum(LocalDate today) {
        LocalDate deadline = today.plusDays(GO_NO_GO_DAYS);
        em.createQuery("""
                        SELECT c FROM Course c JOIN FETCH c.consultant a
                        WHERE c.status = :published AND c.enrolmentTerms.registrationDeadline <= :deadline
                          AND c.enrolmentTerms.registrationDeadline >= :today
                          AND (SELECT COUNT(e) FROM Enrolment e WHERE e.course = c AND e.status IN :seated)
                              < c.enrolmentTerms.minParticipants
                          AND NOT EXISTS (SELECT n FROM Notification n
                                          WHERE n.course = c AND n.kind = :warning)""", Course.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("deadline", deadline)
                .setParameter("today", today)
                .setParameter("seated", EnrolmentStatus.SEAT_HOLDING)
                .setParameter("warning", NotificationKind.BELOW_MINIMUM)
                .getResultStream()
                .forEach(course -> notifier.tell(course.getConsultant(), NotificationKind.BELOW_MINIMUM, course,
                        course.getEnrolmentTerms().getMinParticipants()));
    }
}
