package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.AccountLink.Purpose;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Set;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * How a college starts on an empty database: while no administrator exists, the configured address
 * becomes one (a new account without a password, or the existing account of that address) and is
 * mailed a single-use link to set a password, valid 24 hours. Once any administrator exists nothing
 * happens, so the setting can stay in place.
 */
@Stateless
@PermitAll
public class FirstAdministrator {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AccountLinks links;

    /** Returns whether an administrator was made. Two servers booting at once make one: the unique e-mail decides. */
    public boolean ensure(String email, String name) {
        if (email == null || email.isBlank()) {
            return false;
        }
        boolean anyAdministrator = !em.createQuery("SELECT a.id FROM Account a WHERE :admin MEMBER OF a.roles", Long.class)
                .setParameter("admin", Role.ADMIN)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().isEmpty();
        if (anyAdministrator) {
            return false;
        }
        Account account = callers.byTypedEmail(email).orElseGet(() -> {
            Account made = new Account(email, name == null || name.isBlank() ? "Administrator" : name, Account.NO_PASSWORD);
            em.persist(made);
            return made;
        });
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        roles.addAll(account.getRoles());
        account.assignRoles(roles, account.getLedInstitutions(), account.getPartnerOrganisation());
        account.reactivate();
        em.flush();
        links.mail(account, Purpose.INVITATION, "first-admin", DanishTime.now());
        SECURITY.log(System.Logger.Level.INFO, "First administrator {0} made from the configuration; link to set a password mailed",
                account.getEmail());
        return true;
    }
}
