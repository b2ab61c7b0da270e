package dk.samspil.enrolment.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseEvent.CourseClosed;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.enrolment.entity.AttendanceStatus;
import dk.samspil.enrolment.entity.Certificate;
import dk.samspil.enrolment.entity.Completion;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.notification.control.Notifier;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.shared.DanishTime;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a course's completion rule to everyone seated on it, in five statements whatever the
 * number of participants: enrolments, the number of sessions, the modules that need a reflection,
 * attendance per enrolment and submitted reflections per participant. Whoever meets the rule is
 * completed, gets a certificate and is told.
 */
@Dependent
public class Completions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    SubmittedReflections reflections;

    /** Each seated (confirmed or completed) enrolment of the course with how it stands against the rule. */
    public Map<Enrolment, Completion> assess(Course course) {
        List<Enrolment> enrolments = em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.participant
                        WHERE e.course = :course AND e.status IN :seated""", Enrolment.class)
                .setParameter("course", course)
                .setParameter("seated", EnrolmentStatus.SEATED)
                .getResultList();
        Map<Enrolment, Completion> assessed = new LinkedHashMap<>();
        if (enrolments.isEmpty()) {
            return assessed;
        }
        int sessions = em.createQuery("SELECT COUNT(s) FROM CourseSession s WHERE s.module.course = :course", Long.class)
                .setParameter("course", course)
                .getSingleResult().intValue();
        Set<Long> required = new HashSet<>(em.createQuery(
                        "SELECT m.id FROM CourseModule m WHERE m.course = :course AND m.reflectionRequired = TRUE", Long.class)
                .setParameter("course", course)
                .getResultList());
        Map<Long, Long> present = new HashMap<>();
        em.createQuery("""
                        SELECT a.enrolment.id, COUNT(a) FROM Attendance a
                        WHERE a.enrolment.course = :course AND a.status = :present GROUP BY a.enrolment.id""", Object[].class)
                .setParameter("course", course)
                .setParameter("present", AttendanceStatus.PRESENT)
                .getResultStream()
                .forEach(row -> present.put((Long) row[0], (Long) row[1]));
        Map<Long, Set<Long>> submitted = required.isEmpty() ? Map.of() : reflections.byAuthor(course);
        for (Enrolment e : enrolments) {
            assessed.put(e, Completion.assess(course.getMinAttendancePercent(), sessions,
                    present.getOrDefault(e.getId(), 0L), required,
                    submitted.getOrDefault(e.getParticipant().getId(), Set.of())));
        }
        return assessed;
    }

    /**
     * Completes every confirmed participant who meets the rule, once the course is over (its last
     * session has ended, or it was closed); a consultant's own decision is never overturned. Call
     * with the course locked ({@link dk.samspil.catalog.control.CourseLock#lock}). Returns how many were completed.
     */
    public int completeWhereMet(Course course) {
        boolean over = course.getStatus() == CourseStatus.COMPLETED
                || course.getLastSessionAt() != null && course.getLastSessionAt().isBefore(DanishTime.now());
        if (!over) {
            return 0;
        }
        int completed = 0;
        for (Map.Entry<Enrolment, Completion> entry : assess(course).entrySet()) {
            Enrolment enrolment = entry.getKey();
            if (enrolment.getStatus() == EnrolmentStatus.CONFIRMED && !enrolment.isCompletionDecided()
                    && entry.getValue().met()) {
                enrolment.complete();
                issueCertificate(enrolment);
                completed++;
            }
        }
        return completed;
    }

    /**
     * The course has been closed: whoever meets the rule is completed, and everyone seated is asked
     * to evaluate the course.
     */
    void courseClosed(@Observes CourseClosed closed) {
        Course course = closed.course();
        completeWhereMet(course);
        assess(course).keySet().forEach(enrolment ->
                notifier.tell(enrolment.getParticipant(), NotificationKind.EVALUATION_OPEN, course, null));
    }

    /**
     * A consultant's decision: completed (the certificate is issued, or its old code made valid
     * again) or taken back (the certificate is kept as revoked, so verifying it says so).
     */
    public void decide(Enrolment enrolment, boolean completed) {
        enrolment.decideCompletion(completed);
        if (completed) {
            issueCertificate(enrolment);
        } else {
            certificateOf(enrolment).ifPresent(c -> c.revoke(DanishTime.now()));
        }
    }

    private void issueCertificate(Enrolment enrolment) {
        certificateOf(enrolment).ifPresentOrElse(c -> c.reissue(DanishTime.now()),
                () -> em.persist(new Certificate(enrolment, DanishTime.now())));
        notifier.tell(enrolment.getParticipant(), NotificationKind.COMPLETED, enrolment.getCourse(), null);
    }

    private Optional<Certificate> certificateOf(Enrolment enrolment) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.enrolment = :e", Certificate.class)
                .setParameter("e", enrolment)
                .getResultStream().findFirst();
    }
}
