package dk.samspil.people.boundary;

import dk.samspil.people.control.AccountLinks;
import dk.samspil.people.control.Callers;
import dk.samspil.people.control.LoginThrottle;
import dk.samspil.people.control.PasswordHashing;
import dk.samspil.people.control.PasswordPolicy;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.AccountLink.Purpose;
import dk.samspil.people.entity.AccountLink;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Changing one's own password, and setting a new one through a link mailed to the account's address
 * (also how an account made by a staff import gets its first password). Every new password meets
 * {@link PasswordPolicy}; setting one ends the account's other sessions and outstanding links.
 */
@Stateless
@RolesAllowed({Role.PARTICIPANT_NAME, Role.LEADER_NAME, Role.CONSULTANT_NAME, Role.PARTNER_NAME, Role.ADMIN_NAME,
        Role.FINANCE_NAME})
public class Passwords {

    /** Links asked for per account within {@link #REQUEST_WINDOW}, beyond which further requests send nothing. */
    static final int REQUESTS_PER_WINDOW = 3;
    static final Duration REQUEST_WINDOW = Duration.ofHours(1);
    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final Set<Purpose> SETTING_PASSWORD = EnumSet.of(Purpose.RESET, Purpose.INVITATION);

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountLinks links;

    /**
     * The caller's new password, given the current one. Returns when it was changed: the caller's own
     * session is kept by the web layer, every other session of the account ends.
     */
    public LocalDateTime changeOwn(char[] current, char[] next) {
        Account account = callers.me();
        String key = LoginThrottle.accountKey(account.getEmail());
        if (throttle.isBlocked(key) || !hashing.verify(current, account.getPasswordHash())) {
            SECURITY.log(System.Logger.Level.WARNING, "Password change refused for {0}: wrong current password",
                    account.getEmail());
            throttle.failedRegardless(key);
            throw new PasswordRefusedException("current-password", "people.password.current-wrong");
        }
        return setPassword(account, next);
    }


    /**
     * Mails a link for choosing a new password when the address belongs to an active account, at most
     * {@value #REQUESTS_PER_WINDOW} an hour. Answers the same way whether or not it does, so the page
     * cannot be used to find out who has an account.
     */
    @PermitAll
    public void requestReset(String email) {
        Optional<Account> account = callers.byTypedEmail(email).filter(Account::isActive);
        if (account.isEmpty()) {
            SECURITY.log(System.Logger.Level.INFO, "Password reset asked for {0}: no active account", LoginThrottle.accountKey(email));
            return;
        }
        LocalDateTime now = DanishTime.now();
        em.lock(account.get(), LockModeType.PESSIMISTIC_WRITE);
        long recent = links.madeSince(account.get(), now.minus(REQUEST_WINDOW));
        if (recent >= REQUESTS_PER_WINDOW) {
            SECURITY.log(System.Logger.Level.WARNING, "Password reset for {0} not sent: {1} links in the last hour",
                    account.get().getEmail(), recent);
            return;
        }
        links.mail(account.get(), Purpose.RESET, "password-reset", now);
        SECURITY.log(System.Logger.Level.INFO, "Password reset link sent to {0}", account.get().getEmail());
    }

    /** Whether a reset or invitation link can still be used, so the page can say so before anything is typed. */
    @PermitAll
    public boolean isResetLinkUsable(String token) {
        return links.usable(token, SETTING_PASSWORD, DanishTime.now(), LockModeType.NONE).isPresent();
    }

    /**
     * Sets a new password, or the first one of an invited account, through a mailed link; the link is
     * used up, and so are the account's other links. Following it proves the address is the person's.
     */
    @PermitAll
    public void reset(String token, char[] next) {
        LocalDateTime now = DanishTime.now();
        AccountLink link = links.usable(token, SETTING_PASSWORD, now, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(ResetLinkInvalidException::new);
        Account account = link.getAccount();
        setPassword(account, next);
        account.verifyEmail();
        throttle.succeeded(LoginThrottle.accountKey(account.getEmail()));
    }

    private LocalDateTime setPassword(Account account, char[] next) {
        POLICY.check(next, account.getEmail(), account.getDisplayName()).ifPresent(refusal -> {
            throw new PasswordRefusedException("new-password", refusal.messageKey(), PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH);
        });
        LocalDateTime now = DanishTime.now();
        account.changePassword(hashing.hash(next), now);
        links.useAll(account, now);
        SECURITY.log(System.Logger.Level.INFO, "Password set for {0}; other sessions end", account.getEmail());
        return now;
    }
}
