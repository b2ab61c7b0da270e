package dk.samspil.people.boundary;

import dk.samspil.people.control.Callers;
import dk.samspil.people.control.StaffRequestMails;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.JobFunction;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Leaders confirm that people who registered themselves work at their institution: only then does
 * the person become their staff (the dashboard, approvals and coverage count them). A leader sees and
 * answers requests for the institutions they lead, and no others.
 */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class StaffRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    StaffRequestMails mails;

    /** Verified, active people waiting for a leader of one of the caller's institutions, oldest first. */
    public List<StaffRequestRow> pending() {
        return em.createQuery("""
                        SELECT a.id, a.displayName, a.email, a.jobFunction, i.name, a.createdAt
                        FROM Account a JOIN a.requestedInstitution i, Account me JOIN me.ledInstitutions led
                        WHERE me.email = :me AND led = i AND a.active = TRUE AND a.emailVerified = TRUE
                        ORDER BY a.createdAt, a.id""", Object[].class)
                .setParameter("me", callers.myEmail())
                .getResultStream()
                .map(row -> new StaffRequestRow((Long) row[0], (String) row[1], (String) row[2],
                        (JobFunction) row[3], (String) row[4], (LocalDateTime) row[5]))
                .toList();
    }

    public void confirm(long accountId) {
        Account person = requestToMe(accountId);
        Institution institution = person.getRequestedInstitution();
        person.confirmEmployment();
        mails.answered(person, institution, true);
        SECURITY.log(System.Logger.Level.INFO, "{0} confirmed that {1} works at {2}", callers.myEmail(), person.getEmail(),
                institution.getName());
    }

    public void decline(long accountId) {
        Account person = requestToMe(accountId);
        Institution institution = person.getRequestedInstitution();
        person.declineEmployment();
        mails.answered(person, institution, false);
        SECURITY.log(System.Logger.Level.INFO, "{0} declined that {1} works at {2}", callers.myEmail(), person.getEmail(),
                institution.getName());
    }

    /** The person's request, when it names an institution the caller leads; otherwise it does not exist for them. */
    private Account requestToMe(long accountId) {
        Account person = em.find(Account.class, accountId);
        Set<Institution> led = callers.me().getLedInstitutions();
        if (person == null || !person.mayLogIn() || person.getRequestedInstitution() == null
                || !led.contains(person.getRequestedInstitution())) {
            SECURITY.log(System.Logger.Level.WARNING, "{0} answered a staff request {1} that is not theirs to answer",
                    callers.myEmail(), accountId);
            throw new AccountNotFoundException(String.valueOf(accountId));
        }
        return person;
    }
}
