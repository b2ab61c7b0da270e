package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.Optional;

/** The account behind a boundary's caller: the principal's name is the login e-mail. */
@Dependent
public class Callers {

    @PersistenceContext
    EntityManager em;

    /**
     * The account an address typed by someone names (login, reset, an administrator's form): compared
     * as stored, trimmed and in lower case; nothing for a missing or impossibly long address.
     */
    public Optional<Account> byTypedEmail(String email) {
        if (email == null || email.isBlank() || email.length() > Account.EMAIL_MAX) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public Account account(Principal caller) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", caller.getName())
                .getSingleResult();
    }
}
