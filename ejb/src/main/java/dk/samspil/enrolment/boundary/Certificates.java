package dk.samspil.enrolment.boundary;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.enrolment.control.CertificateFacts;
import dk.samspil.enrolment.control.CertificatePdf;
import dk.samspil.enrolment.entity.Certificate;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.Optional;

/**
 * Certificates (kursusbeviser): the participant downloads their own as PDF; anyone may check a
 * code on the public verification page, which says whether it is genuine and whose it is, nothing more.
 */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class Certificates {

    /** The college's name on every certificate; set it with {@code -Dsamspil.college.name=…}. */
    private static final String COLLEGE = System.getProperty("samspil.college.name", "Professionshøjskolen Samspil");

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** The caller's certificate for a course they completed, as PDF; {@code verifyUrl} is printed on it. */
    public byte[] pdf(String courseCode, String verifyUrl) {
        Certificate certificate = em.createQuery("""
                        SELECT c FROM Certificate c JOIN FETCH c.enrolment e JOIN FETCH e.participant p JOIN FETCH e.course
                        WHERE p.email = :me AND e.course.code = :code AND c.revokedAt IS NULL""", Certificate.class)
                .setParameter("me", callers.myEmail())
                .setParameter("code", courseCode)
                .getResultStream().findFirst()
                .orElseThrow(EnrolmentNotFoundException::new);
        Course course = certificate.getEnrolment().getCourse();
        return CertificatePdf.render(new CertificateFacts(certificate.getEnrolment().getParticipant().getDisplayName(),
                course.getTitle().da(), course.getCode(),
                course.getFirstSessionAt() == null ? null : course.getFirstSessionAt().toLocalDate(),
                course.getLastSessionAt() == null ? null : course.getLastSessionAt().toLocalDate(), course.getEcts(),
                course.getModules().stream().sorted(Comparator.comparingInt(CourseModule::getPosition))
                        .map(m -> m.getTitle().da()).toList(),
                course.getPartners().stream().map(link -> link.getPartner().getName()).distinct().sorted().toList(),
                COLLEGE, certificate.getCode(), verifyUrl + "?code=" + certificate.getCode(),
                certificate.getIssuedAt().toLocalDate()));
    }

    /** Public: whether the code belongs to a valid certificate, and if so whose, for which course, issued when; of a revoked one only that. */
    @PermitAll
    public Verification verify(String code) {
        return Optional.ofNullable(code).map(Certificate::normalise).filter(c -> c.length() == 14)
                .flatMap(normalised -> em.createQuery("""
                                SELECT c FROM Certificate c JOIN FETCH c.enrolment e JOIN FETCH e.participant
                                JOIN FETCH e.course WHERE c.code = :code""", Certificate.class)
                        .setParameter("code", normalised)
                        .getResultStream().findFirst())
                .map(c -> c.isValid()
                        ? new Verification(true, false, c.getEnrolment().getParticipant().getDisplayName(),
                        c.getEnrolment().getCourse().getTitle().da(), c.getIssuedAt().toLocalDate())
                        : new Verification(false, true, null, null, null))
                .orElse(new Verification(false, false, null, null, null));
    }
}
