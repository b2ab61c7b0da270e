package dk.samspil.catalog.control;

import dk.samspil.catalog.boundary.CourseDetails;
import dk.samspil.catalog.boundary.CourseDetails.ModuleView;
import dk.samspil.catalog.boundary.CourseDetails.PartnerView;
import dk.samspil.catalog.boundary.CourseDetails.SessionView;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.catalog.entity.CoursePartner;
import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.shared.LocalizedText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A published course with everything its public page shows, in five statements however many
 * modules, sessions and partners it has.
 */
@Dependent
public class CourseDetailsQuery {

    @PersistenceContext
    EntityManager em;

    public Optional<CourseDetails> findPublished(String code, Locale locale) {
        return em.createQuery("""
                        SELECT c FROM Course c JOIN FETCH c.theme
                        WHERE c.code = :code AND c.status = :published""", Course.class)
                .setParameter("code", code)
                .setParameter("published", CourseStatus.PUBLISHED)
                .getResultStream().findFirst()
                .map(course -> details(course, locale));
    }

    private CourseDetails details(Course course, Locale locale) {
        Map<EnrolmentStatus, Long> enrolments = em.createQuery(
                        "SELECT e.status, COUNT(e) FROM Enrolment e WHERE e.course = :course GROUP BY e.status",
                        Object[].class)
                .setParameter("course", course)
                .getResultStream()
                .collect(Collectors.toMap(row -> (EnrolmentStatus) row[0], row -> (Long) row[1]));
        long taken = EnrolmentStatus.SEAT_HOLDING.stream().mapToLong(status -> enrolments.getOrDefault(status, 0L)).sum();
        return new CourseDetails(course.getCode(), course.getTitle().in(locale), course.getDescription().in(locale),
                course.getTheme().getName().in(locale), course.getEcts(), course.getPlace(),
                course.getRegistrationDeadline(), course.getMaxParticipants(),
                Course.seatsLeft(course.getMaxParticipants(), taken),
                enrolments.getOrDefault(EnrolmentStatus.WAITLISTED, 0L).intValue(), course.isLeaderApprovalRequired(),
                modules(course, locale), partners(course, locale));
    }

    private List<ModuleView> modules(Course course, Locale locale) {
        Map<Long, List<SessionView>> sessionsByModule = em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m LEFT JOIN FETCH s.hostPartner
                        WHERE m.course = :course ORDER BY s.startsAt""", CourseSession.class)
                .setParameter("course", course)
                .getResultStream()
                .collect(Collectors.groupingBy(s -> s.getModule().getId(),
                        Collectors.mapping(CourseDetailsQuery::sessionView, Collectors.toList())));
        return em.createQuery("SELECT m FROM CourseModule m WHERE m.course = :course ORDER BY m.position",
                        CourseModule.class)
                .setParameter("course", course)
                .getResultStream()
                .map(m -> new ModuleView(m.getPosition(), m.getTitle().in(locale), text(m.getObjectives(), locale),
                        sessionsByModule.getOrDefault(m.getId(), List.of())))
                .toList();
    }

    private List<PartnerView> partners(Course course, Locale locale) {
        return em.createQuery("""
                        SELECT p FROM CoursePartner p JOIN FETCH p.partner o
                        WHERE p.course = :course ORDER BY o.name, p.role""", CoursePartner.class)
                .setParameter("course", course)
                .getResultStream()
                .map(p -> new PartnerView(p.getPartner().getName(), p.getRole().name(),
                        text(p.getContribution(), locale)))
                .toList();
    }

    private static SessionView sessionView(CourseSession session) {
        var host = session.getHostPartner();
        return new SessionView(session.getStartsAt(), session.getEndsAt(), session.getRoom(),
                host == null ? null : host.getName());
    }

    private static String text(LocalizedText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}
