package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import dk.samspil.shared.DanishTime;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Slows down password guessing (OWASP ASVS 2.2.1) without letting anyone lock a user out: failures
 * are counted in the database (so every server node sees them) per typed e-mail and per client
 * address within a 15-minute window. From the 5th failure on an e-mail, logins for it are refused
 * for 1, 2, 4 … at most 15 minutes; from the 30th failure from one address, that address waits 5
 * minutes. A successful login clears its e-mail's count.
 */
@Dependent
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int ACCOUNT_FREE_FAILURES = 4;
    static final int ADDRESS_FREE_FAILURES = 29;
    static final Duration ADDRESS_BLOCK = Duration.ofMinutes(5);
    static final long MAX_ACCOUNT_BLOCK_MINUTES = 15;

    @PersistenceContext
    EntityManager em;

    public static String accountKey(String email) {
        return "account:" + (email == null ? "" : Account.normaliseEmail(email));
    }

    /** Null when the address is not known (a call from inside the server): such calls are throttled by e-mail only. */
    public static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }

    /** Whether logins for this key are refused right now. */
    public boolean isBlocked(String key) {
        if (key == null) {
            return false;
        }
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ? AND blocked_until > ?")
                .setParameter(1, key)
                .setParameter(2, DanishTime.now())
                .getSingleResult()).longValue() > 0;
    }

    /** Counts a failure for the e-mail typed and for the client address, blocking either past its limit. */
    public void failed(String accountKey, String addressKey) {
        count(accountKey, ACCOUNT_FREE_FAILURES, true);
        if (addressKey != null) {
            count(addressKey, ADDRESS_FREE_FAILURES, false);
        }
    }

    /**
     * A failure counted in its own transaction, for a caller whose refusal rolls its own back (a
     * wrong current password when changing it: guessing it from an unattended session is throttled
     * like the login form).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failedRegardless(String accountKey) {
        failed(accountKey, null);
    }

    /**
     * An attempt counted as a failure whatever comes of it, in its own transaction (a registration:
     * anyone may try, but not endlessly for one address or from one client).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attempted(String key, String addressKey) {
        failed(key, addressKey);
    }

    public void succeeded(String accountKey) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?").setParameter(1, accountKey)
                .executeUpdate();
    }

    private void count(String key, int freeFailures, boolean growing) {
        LocalDateTime now = DanishTime.now();
        em.createNativeQuery("""
                        INSERT INTO login_throttle (throttle_key, failures, first_failure_at) VALUES (?, 1, ?)
                        ON DUPLICATE KEY UPDATE
                            failures = IF(first_failure_at < ?, 1, failures + 1),
                            first_failure_at = IF(first_failure_at < ?, VALUES(first_failure_at), first_failure_at)""")
                .setParameter(1, key).setParameter(2, now).setParameter(3, now.minus(WINDOW)).setParameter(4, now.minus(WINDOW))
                .executeUpdate();
        int failures = ((Number) em.createNativeQuery("SELECT failures FROM login_throttle WHERE throttle_key = ?")
                .setParameter(1, key).getSingleResult()).intValue();
        if (failures > freeFailures) {
            Duration block = growing
                    ? Duration.ofMinutes(Math.min(MAX_ACCOUNT_BLOCK_MINUTES, 1L << Math.min(10, failures - freeFailures - 1)))
                    : ADDRESS_BLOCK;
            em.createNativeQuery("UPDATE login_throttle SET blocked_until = ? WHERE throttle_key = ?")
                    .setParameter(1, now.plus(block)).setParameter(2, key).executeUpdate();
        }
    }
}
