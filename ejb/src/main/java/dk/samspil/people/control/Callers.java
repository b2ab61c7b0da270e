package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;

/** The account behind a boundary's caller: the principal's name is the login e-mail. */
@Dependent
public class Callers {

    @PersistenceContext
    EntityManager em;

    public Account account(Principal caller) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", caller.getName())
                .getSingleResult();
    }
}
