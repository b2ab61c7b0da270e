package dk.samspil.catalog.boundary;

import dk.samspil.catalog.boundary.CourseDetails.ModuleView;
import dk.samspil.catalog.boundary.CourseDetails.PartnerView;
import dk.samspil.catalog.boundary.CourseDetails.SessionView;
import dk.samspil.catalog.control.CourseRows;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.catalog.entity.CoursePartner;
import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public course catalogue. Reading it is open to everyone, logged in or not; anything else
 * on this boundary is for consultants unless a method says otherwise.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class Catalog {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseRows rows;

    @PermitAll
    public List<CourseRow> findPublishedCourses(int page, int pageSize, Locale locale) {
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page >= 0 and 1 <= pageSize <= " + MAX_PAGE_SIZE);
        }
        return rows.find(Set.of(CourseStatus.PUBLISHED), page * pageSize, pageSize, locale);
    }

    @PermitAll
    public CourseDetails getPublishedCourse(String code, Locale locale) {
        Course course = em.createQuery("""
                        SELECT c FROM Course c JOIN FETCH c.theme
                        WHERE c.code = :code AND c.status = :published""", Course.class)
                .setParameter("code", code)
                .setParameter("published", CourseStatus.PUBLISHED)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CourseNotFoundException(code));
        var sessionsByModule = em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m LEFT JOIN FETCH s.hostPartner
                        WHERE m.course = :course ORDER BY s.startsAt""", CourseSession.class)
                .setParameter("course", course)
                .getResultStream()
                .collect(Collectors.groupingBy(s -> s.getModule().getId(),
                        Collectors.mapping(Catalog::sessionView, Collectors.toList())));
        List<ModuleView> modules = em.createQuery(
                        "SELECT m FROM CourseModule m WHERE m.course = :course ORDER BY m.position",
                        CourseModule.class)
                .setParameter("course", course)
                .getResultStream()
                .map(m -> new ModuleView(m.getPosition(), m.getTitle().in(locale), text(m.getObjectives(), locale),
                        sessionsByModule.getOrDefault(m.getId(), List.of())))
                .toList();
        List<PartnerView> partners = em.createQuery("""
                        SELECT p FROM CoursePartner p JOIN FETCH p.partner o
                        WHERE p.course = :course ORDER BY o.name, p.role""", CoursePartner.class)
                .setParameter("course", course)
                .getResultStream()
                .map(p -> new PartnerView(p.getPartner().getName(), p.getRole().name(),
                        text(p.getContribution(), locale)))
                .toList();
        long taken = rows.seatsTaken(List.of(course.getId())).getOrDefault(course.getId(), 0L);
        return new CourseDetails(course.getCode(), course.getTitle().in(locale), course.getDescription().in(locale),
                course.getTheme().getName().in(locale), course.getEcts(), course.getPlace(),
                course.getRegistrationDeadline(), course.getMaxParticipants(),
                Course.seatsLeft(course.getMaxParticipants(), taken), course.isLeaderApprovalRequired(),
                modules, partners);
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
