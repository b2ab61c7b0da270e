package dk.samspil.people.boundary;

import dk.samspil.people.control.Callers;
import dk.samspil.people.control.LoginThrottle;
import dk.samspil.people.control.PasswordHashing;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Checks a login. Open to everyone by nature (nobody is logged in yet); it answers the same way,
 * and in about the same time, for an unknown e-mail, a deactivated account and a wrong password.
 */
@Stateless
@PermitAll
public class Authentication {

    /**
     * A college without a finance office of its own lets its consultants issue the invoices
     * ({@code samspil.finance-by-consultants=true}, or {@code SAMSPIL_FINANCE_BY_CONSULTANTS}).
     */
    private static final boolean CONSULTANTS_DO_FINANCE = Boolean.parseBoolean(System.getProperty(
            "samspil.finance-by-consultants", System.getenv().getOrDefault("SAMSPIL_FINANCE_BY_CONSULTANTS", "false")));

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginThrottle throttle;

    public Optional<AuthenticatedAccount> authenticate(String email, char[] password) {
        return authenticate(email, password, null);
    }

    /**
     * As {@link #authenticate(String, char[])}, from a client address: while the e-mail typed or the
     * address is throttled ({@link LoginThrottle}), the login is refused without checking the password.
     */
    public Optional<AuthenticatedAccount> authenticate(String email, char[] password, String address) {
        String accountKey = LoginThrottle.accountKey(email);
        String addressKey = LoginThrottle.addressKey(address);
        if (throttle.isBlocked(accountKey) || throttle.isBlocked(addressKey)) {
            hashing.verifyDecoy(password);
            SECURITY.log(System.Logger.Level.WARNING, "Login throttled for {0} from {1}", accountKey, addressKey);
            return Optional.empty();
        }
        Optional<Account> account = callers.byTypedEmail(email);
        boolean valid = account.isPresent() ? hashing.verify(password, account.get().getPasswordHash())
                : decoy(password);
        if (!valid || !account.get().mayLogIn()) {
            throttle.failed(accountKey, addressKey);
            SECURITY.log(System.Logger.Level.WARNING, "Login failed for {0} from {1}", accountKey, addressKey);
            return Optional.empty();
        }
        throttle.succeeded(accountKey);
        Account found = account.get();
        SECURITY.log(System.Logger.Level.INFO, "Login of {0} from {1}", found.getEmail(), addressKey);
        return Optional.of(authenticated(found));
    }

    private static AuthenticatedAccount authenticated(Account account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        if (CONSULTANTS_DO_FINANCE && roles.contains(Role.CONSULTANT)) {
            roles.add(Role.FINANCE);
        }
        return new AuthenticatedAccount(account.getEmail(), account.getDisplayName(), account.getLanguage(), roles);
    }

    /**
     * A login through single sign-on: the identity provider has vouched for the e-mail address (the
     * caller checked its signed ID token), so no password is asked for; the account must exist and
     * be active. Samspil never creates accounts from a provider's claims.
     */
    public Optional<AuthenticatedAccount> authenticateBySso(String email, String issuer) {
        Optional<Account> account = callers.byTypedEmail(email).filter(Account::mayLogIn);
        if (account.isEmpty()) {
            SECURITY.log(System.Logger.Level.WARNING, "Single sign-on from {0} for {1}: no active account", issuer, email);
            return Optional.empty();
        }
        SECURITY.log(System.Logger.Level.INFO, "Login of {0} by single sign-on from {1}", account.get().getEmail(), issuer);
        return Optional.of(authenticated(account.get()));
    }

    /**
     * Whether a logged-in person's session may go on: the account is still active and its password
     * has not been set since {@code authenticatedAt} (one query by the unique e-mail).
     */
    public boolean sessionMayContinue(String email, LocalDateTime authenticatedAt) {
        return em.createQuery("""
                        SELECT COUNT(a) FROM Account a WHERE a.email = :email AND a.active = TRUE
                        AND (a.passwordChangedAt IS NULL OR a.passwordChangedAt <= :authenticatedAt)""", Long.class)
                .setParameter("email", email)
                .setParameter("authenticatedAt", authenticatedAt)
                .getSingleResult() > 0;
    }

    private boolean decoy(char[] password) {
        hashing.verifyDecoy(password);
        return false;
    }
}
