package dk.samspil.enrolment.boundary;

import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** A participant's own enrolments; the participant is always the caller, never an id from the page. */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class MyEnrolments {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public List<EnrolmentRow> findMine(Locale locale) {
        return em.createQuery("""
                        SELECT c.code, c.title.da, c.title.en, e.status, c.place, c.firstSessionAt
                        FROM Enrolment e JOIN e.course c JOIN e.participant a
                        WHERE a.email = :email
                        ORDER BY c.firstSessionAt DESC, c.code""", Object[].class)
                .setParameter("email", context.getCallerPrincipal().getName())
                .getResultStream()
                .map(row -> new EnrolmentRow((String) row[0], LocalizedText.pick((String) row[1], (String) row[2], locale),
                        (EnrolmentStatus) row[3], (String) row[4], (LocalDateTime) row[5]))
                .toList();
    }
}
