package dk.samspil.catalog.boundary;

import dk.samspil.catalog.boundary.CourseDetails.ModuleView;
import dk.samspil.catalog.boundary.CourseDetails.PartnerView;
import dk.samspil.catalog.boundary.CourseDetails.SessionView;
import dk.samspil.catalog.control.SeatCounts;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.catalog.entity.CoursePartner;
import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.EnrolmentTerms;
import dk.samspil.shared.LocalizedText;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A published course with everything its public page shows, in six statements however many
 * modules, sessions, facilitators and partners it has.
 */
@Dependent
public class CourseDetailsQuery {

    @PersistenceContext
    EntityManager em;

    @Inject
    SeatCounts seats;

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
        SeatCounts.Taken taken = seats.of(course);
        EnrolmentTerms terms = course.getEnrolmentTerms();
        return new CourseDetails(course.getCode(), course.getTitle().in(locale), course.getDescription().in(locale),
                course.getTheme().getName().in(locale), course.getEcts(), course.getPlace(),
                terms.getPrice(), terms.getPayer(), terms.getRegistrationDeadline(), terms.getMaxParticipants(),
                Course.seatsLeft(terms.getMaxParticipants(), taken.seats()), (int) taken.waitlisted(),
                terms.isLeaderApprovalRequired(),
                modules(course, locale), partners(course, locale));
    }

    private List<ModuleView> modules(Course course, Locale locale) {
        Map<Long, List<String>> facilitators = em.createQuery("""
                        SELECT s.id, a.displayName FROM CourseSession s JOIN s.facilitators a
                        WHERE s.module.course = :course ORDER BY a.displayName""", Object[].class)
                .setParameter("course", course)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
        Map<Long, List<SessionView>> sessionsByModule = em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m JOIN FETCH s.room
                        LEFT JOIN FETCH s.hostPartner
                        WHERE m.course = :course ORDER BY s.startsAt""", CourseSession.class)
                .setParameter("course", course)
                .getResultStream()
                .collect(Collectors.groupingBy(s -> s.getModule().getId(), Collectors.mapping(
                        s -> sessionView(s, facilitators.getOrDefault(s.getId(), List.of())), Collectors.toList())));
        return em.createQuery("SELECT m FROM CourseModule m WHERE m.course = :course ORDER BY m.position",
                        CourseModule.class)
                .setParameter("course", course)
                .getResultStream()
                .map(m -> new ModuleView(m.getPosition(), m.getTitle().in(locale), LocalizedText.in(m.getDescription(), locale),
                        LocalizedText.in(m.getObjectives(), locale),
                        sessionsByModule.getOrDefault(m.getId(), List.of())))
                .toList();
    }

    private List<PartnerView> partners(Course course, Locale locale) {
        return em.createQuery("""
                        SELECT p FROM CoursePartner p JOIN FETCH p.partner o LEFT JOIN FETCH p.module
                        WHERE p.course = :course ORDER BY o.name, p.role""", CoursePartner.class)
                .setParameter("course", course)
                .getResultStream()
                .map(p -> new PartnerView(p.getPartner().getName(), p.getRole().name(),
                        p.getModule() == null ? null : p.getModule().getTitle().in(locale),
                        LocalizedText.in(p.getContribution(), locale)))
                .toList();
    }

    private static SessionView sessionView(CourseSession session, List<String> facilitators) {
        var host = session.getHostPartner();
        return new SessionView(session.getStartsAt(), session.getEndsAt(), session.getRoom().getLabel(),
                host == null ? null : host.getName(), facilitators);
    }
}
