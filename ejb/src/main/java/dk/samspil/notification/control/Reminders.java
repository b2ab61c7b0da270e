package dk.samspil.notification.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Each morning, everyone with a seat on a course that begins in three days is reminded, once. */
@Singleton
@PermitAll
public class Reminders {

    static final int DAYS_AHEAD = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Schedule(hour = "7", minute = "0", persistent = false)
    void remindThoseStartingSoon() {
        LocalDate day = DanishTime.today().plusDays(DAYS_AHEAD);
        em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.course c JOIN FETCH e.participant a
                        WHERE c.status = :published AND e.status IN :seated
                          AND c.firstSessionAt >= :from AND c.firstSessionAt < :until
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
}
