package dk.samspil.enrolment.boundary;

import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.enrolment.control.CalendarEntries;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.notification.control.Invitations;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * A person's sessions, and the other entries capabilities above enrolment give them
 * ({@link CalendarEntries}: a partner's bookings), as a calendar feed that calendar programs
 * subscribe to without a login. The secret token in its address is the only key: it can be renewed,
 * which closes the old address. Participants and partners' contacts have one.
 */
@Stateless
@RolesAllowed({Role.PARTICIPANT_NAME, Role.PARTNER_NAME})
public class CalendarFeed {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    @Any
    Instance<CalendarEntries> entries;

    /** The feed behind a token, or empty for a token nobody holds (the caller learns nothing more). */
    @PermitAll
    public Optional<String> feed(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.calendarToken = :token AND a.active = TRUE", Account.class)
                .setParameter("token", token)
                .getResultStream().findFirst()
                .map(owner -> Invitations.feed(sessionsOf(owner),
                        entries.stream().flatMap(source -> source.of(owner).stream()).toList()));
    }

    /** The caller's token, made on first use. */
    public String myToken() {
        Account me = callers.me();
        return me.getCalendarToken() == null ? me.renewCalendarToken() : me.getCalendarToken();
    }

    public String renewToken() {
        return callers.me().renewCalendarToken();
    }

    private List<CourseSession> sessionsOf(Account owner) {
        return em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m JOIN FETCH m.course c JOIN FETCH s.room
                        WHERE c IN (SELECT e.course FROM Enrolment e WHERE e.participant = :owner AND e.status IN :seated)
                        ORDER BY s.startsAt""", CourseSession.class)
                .setParameter("owner", owner)
                .setParameter("seated", EnrolmentStatus.SEAT_HOLDING)
                .getResultList();
    }
}
