package dk.samspil.people.boundary;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;

/** Account administration. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Accounts {

    static final int PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    /** One page of accounts by name; roles come in one batched statement, not one per account. */
    public List<AccountRow> findAccounts(int page) {
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.institution ORDER BY a.displayName, a.id",
                        Account.class)
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(Math.max(0, page) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultStream()
                .map(a -> new AccountRow(a.getDisplayName(), a.getEmail(),
                        a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.getRoles()),
                        a.getInstitution() == null ? null : a.getInstitution().getName(), a.isActive()))
                .toList();
    }
}
