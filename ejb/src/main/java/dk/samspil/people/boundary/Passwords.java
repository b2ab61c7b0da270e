package dk.samspil.people.boundary;

import dk.samspil.people.control.Callers;
import dk.samspil.people.control.LoginThrottle;
import dk.samspil.people.control.PasswordHashing;
import dk.samspil.people.control.PasswordPolicy;
import dk.samspil.people.control.PasswordResetMail;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.PasswordReset;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.PublicAddress;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Changing one's own password, and setting a new one through a link mailed to the account's address
 * (also how an account made by a staff import gets its first password). Every new password meets
 * {@link PasswordPolicy}; setting one ends the account's other sessions and outstanding links.
 */
@Stateless
@RolesAllowed({Role.PARTICIPANT_NAME, Role.LEADER_NAME, Role.CONSULTANT_NAME, Role.PARTNER_NAME, Role.ADMIN_NAME})
public class Passwords {

    /** Links asked for per account within {@link #REQUEST_WINDOW}, beyond which further requests send nothing. */
    static final int REQUESTS_PER_WINDOW = 3;
    static final Duration REQUEST_WINDOW = Duration.ofHours(1);
    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final SecureRandom TOKENS = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordResetMail mail;

    /**
     * The caller's new password, given the current one. Returns when it was changed: the caller's own
     * session is kept by the web layer, every other session of the account ends.
     */
    public LocalDateTime changeOwn(char[] current, char[] next) {
        Account account = callers.account(context.getCallerPrincipal());
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
        long recent = em.createQuery("""
                        SELECT COUNT(r) FROM PasswordReset r WHERE r.account = :account AND r.createdAt > :since""", Long.class)
                .setParameter("account", account.get())
                .setParameter("since", now.minus(REQUEST_WINDOW))
                .getSingleResult();
        if (recent >= REQUESTS_PER_WINDOW) {
            SECURITY.log(System.Logger.Level.WARNING, "Password reset for {0} not sent: {1} links in the last hour",
                    account.get().getEmail(), recent);
            return;
        }
        byte[] secret = new byte[32];
        TOKENS.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new PasswordReset(account.get(), sha256(token), now));
        SECURITY.log(System.Logger.Level.INFO, "Password reset link sent to {0}", account.get().getEmail());
        mail.send(account.get().getId(), PublicAddress.base() + "/password-reset.xhtml?token=" + token);
    }

    /** Whether a reset link can still be used, so the page can say so before anything is typed. */
    @PermitAll
    public boolean isResetLinkUsable(String token) {
        return find(token, LockModeType.NONE).filter(reset -> reset.isUsable(DanishTime.now())).isPresent();
    }

    /** Sets a new password through a mailed link; the link is used up, and so are the account's other links. */
    @PermitAll
    public void reset(String token, char[] next) {
        LocalDateTime now = DanishTime.now();
        PasswordReset reset = find(token, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.isUsable(now))
                .orElseThrow(ResetLinkInvalidException::new);
        setPassword(reset.getAccount(), next);
        throttle.succeeded(LoginThrottle.accountKey(reset.getAccount().getEmail()));
    }

    private LocalDateTime setPassword(Account account, char[] next) {
        POLICY.check(next, account.getEmail(), account.getDisplayName()).ifPresent(refusal -> {
            throw new PasswordRefusedException("new-password", refusal.messageKey(), PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH);
        });
        LocalDateTime now = DanishTime.now();
        account.changePassword(hashing.hash(next), now);
        em.createQuery("UPDATE PasswordReset r SET r.usedAt = :now WHERE r.account = :account AND r.usedAt IS NULL")
                .setParameter("now", now)
                .setParameter("account", account)
                .executeUpdate();
        SECURITY.log(System.Logger.Level.INFO, "Password set for {0}; other sessions end", account.getEmail());
        return now;
    }

    private Optional<PasswordReset> find(String token, LockModeType lock) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return em.createQuery("SELECT r FROM PasswordReset r JOIN FETCH r.account WHERE r.tokenHash = :hash",
                        PasswordReset.class)
                .setParameter("hash", sha256(token))
                .setLockMode(lock)
                .getResultStream().findFirst();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
