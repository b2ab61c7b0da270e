package dk.samspil.people.boundary;

import dk.samspil.people.control.Callers;
import dk.samspil.people.control.StaffRequestMails;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * A participant's own workplace: they see where they are confirmed as staff, and may name another
 * institution (after a move, or after a leader declined), which again waits for one of its leaders.
 * Until then they stay where they were confirmed.
 */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class Workplaces {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    StaffRequestMails mails;

    public Workplace mine() {
        Account me = callers.me();
        Institution confirmed = me.getInstitution();
        return new Workplace(confirmed == null ? null : confirmed.getName(),
                confirmed == null ? null : confirmed.getMunicipality().getName(),
                me.getRequestedInstitution() == null ? null : me.getRequestedInstitution().getName());
    }

    /** Asks to join an open institution (its leaders are mailed), or withdraws the request with null. */
    public void askToJoin(Long institutionId) {
        Account me = callers.me();
        Institution institution = institutionId == null ? null : em.find(Institution.class, institutionId);
        if (institutionId != null && institution == null) {
            throw new RegistrationRefusedException("institution", "people.register.institution-unknown");
        }
        if (institution != null && institution == me.getInstitution()) {
            throw new RegistrationRefusedException("institution", "people.workplace.already-there", institution.getName());
        }
        me.askToJoin(institution);
        if (institution != null) {
            mails.requested(me);
        }
        SECURITY.log(System.Logger.Level.INFO, "{0} asked to join {1}", me.getEmail(),
                institution == null ? "no institution" : institution.getName());
    }
}
