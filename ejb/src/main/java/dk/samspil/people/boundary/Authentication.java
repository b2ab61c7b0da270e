package dk.samspil.people.boundary;

import dk.samspil.people.control.PasswordHashing;
import dk.samspil.people.entity.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a login. Open to everyone by nature (nobody is logged in yet); it answers the same way,
 * and in about the same time, for an unknown e-mail, a deactivated account and a wrong password.
 */
@Stateless
@PermitAll
public class Authentication {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    public Optional<AuthenticatedAccount> authenticate(String email, char[] password) {
        Optional<Account> account = email == null || email.length() > Account.EMAIL_MAX
                ? Optional.empty()
                : em.createNamedQuery(Account.BY_EMAIL, Account.class)
                        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                        .getResultStream().findFirst();
        if (account.isEmpty()) {
            hashing.verifyDecoy(password);
            return Optional.empty();
        }
        Account found = account.get();
        boolean valid = hashing.verify(password, found.getPasswordHash());
        if (!valid || !found.isActive()) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedAccount(found.getEmail(), found.getDisplayName(), found.getLanguage(),
                found.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(found.getRoles())));
    }
}
