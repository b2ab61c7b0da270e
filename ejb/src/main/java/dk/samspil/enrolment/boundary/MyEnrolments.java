package dk.samspil.enrolment.boundary;

import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A participant's own enrolments; the participant is always the caller, never an id from the page. */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class MyEnrolments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    public List<EnrolmentRow> findMine(Locale locale) {
        return mine(null, locale);
    }

    /** The caller's enrolment on one course, if they have one that is still active. */
    public Optional<EnrolmentRow> findOn(String courseCode, Locale locale) {
        return mine(courseCode, locale).stream().filter(row -> row.status().isActive()).findFirst();
    }

    private List<EnrolmentRow> mine(String courseCode, Locale locale) {
        return em.createQuery("""
                        SELECT c.code, c.title.da, c.title.en, e.status, c.place, c.period.firstSessionAt,
                               (SELECT COUNT(w) FROM Enrolment w WHERE w.course = e.course AND w.status = :waitlisted
                                  AND w.waitlistRank <= e.waitlistRank),
                               e.offerExpiresAt, c.period.lastSessionAt
                        FROM Enrolment e JOIN e.course c JOIN e.participant a
                        WHERE a.email = :email AND (:code IS NULL OR c.code = :code)
                        ORDER BY c.period.firstSessionAt DESC, c.code, e.id DESC""", Object[].class)
                .setParameter("email", callers.myEmail())
                .setParameter("code", courseCode)
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .getResultStream()
                .map(row -> new EnrolmentRow((String) row[0], LocalizedText.pick((String) row[1], (String) row[2], locale),
                        (EnrolmentStatus) row[3], (String) row[4], (LocalDateTime) row[5],
                        row[3] == EnrolmentStatus.WAITLISTED ? ((Number) row[6]).longValue() : 0,
                        (LocalDateTime) row[7], row[8] != null && ((LocalDateTime) row[8]).isBefore(DanishTime.now())))
                .toList();
    }
}
