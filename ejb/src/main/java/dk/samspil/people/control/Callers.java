package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.PartnerOrganisation;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The account behind a boundary's caller (the principal's name is the login e-mail), who leads an institution, and a partner's logins. */
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

    /** The active logins of a partner organisation: whom Samspil tells what concerns the organisation. */
    public List<Account> loginsOf(PartnerOrganisation partner) {
        return em.createQuery("SELECT a FROM Account a WHERE a.partnerOrganisation = :partner AND a.active = TRUE", Account.class)
                .setParameter("partner", partner)
                .getResultList();
    }

    /** The active leaders of an institution, but for the given person (a leader is also staff where they lead). */
    public List<Account> leadersOf(Institution institution, Account except) {
        return em.createQuery("""
                        SELECT a FROM Account a JOIN a.ledInstitutions i
                        WHERE i = :institution AND a.active = TRUE AND a <> :except""", Account.class)
                .setParameter("institution", institution)
                .setParameter("except", except)
                .getResultList();
    }

    /** The login (e-mail) of whoever calls the boundary. */
    public String myEmail() {
        return caller().getName();
    }

    /** The account of whoever calls the boundary. */
    public Account me() {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", caller().getName())
                .getSingleResult();
    }

    /** The account of whoever calls the boundary with their institution, in the same statement. */
    public Account meWithInstitution() {
        return em.createNamedQuery(Account.BY_EMAIL_WITH_INSTITUTION, Account.class)
                .setParameter("email", caller().getName())
                .getSingleResult();
    }

    /**
     * The caller of the boundary (EJB) this runs in, asked at each call from the EJB's own context:
     * CDI's built-in {@code Principal} gave a pooled boundary the caller it was created for.
     */
    private static Principal caller() {
        try {
            return InitialContext.<EJBContext>doLookup("java:comp/EJBContext").getCallerPrincipal();
        } catch (NamingException e) {
            throw new IllegalStateException("Callers knows the caller inside a boundary (an EJB) only", e);
        }
    }
}
