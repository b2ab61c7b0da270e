package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.AccountLink;
import dk.samspil.people.entity.AccountLink.Purpose;
import dk.samspil.shared.PublicAddress;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
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
import java.util.Set;

/**
 * The links mailed to an account's address: a token of 256 random bits in the address, only its
 * SHA-256 in the database, built on the configured public address (never a request's Host header).
 */
@Dependent
public class AccountLinks {

    /** The length of a token in a link: 32 bytes in unpadded URL-safe Base64. */
    public static final int TOKEN_LENGTH = 43;
    private static final SecureRandom TOKENS = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AccountMail> mails;

    /**
     * A new link for the account, mailed once the transaction commits: {@code mail.<key>} is the text,
     * its arguments the link's address and its lifetime in hours or minutes (as the text says).
     */
    public void mail(Account account, Purpose purpose, String key, LocalDateTime now) {
        byte[] secret = new byte[32];
        TOKENS.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new AccountLink(account, purpose, sha256(token), now));
        Duration lifetime = purpose.lifetime();
        mails.fire(new AccountMail(account.getEmail(), account.getDisplayName(), account.getLanguage(), key,
                PublicAddress.base() + "/" + purpose.page() + "?token=" + token,
                lifetime.toHours() > 0 ? lifetime.toHours() : lifetime.toMinutes()));
    }

    /** Links made for the account since the given time, of any purpose. */
    public long madeSince(Account account, LocalDateTime since) {
        return em.createQuery("SELECT COUNT(l) FROM AccountLink l WHERE l.account = :account AND l.createdAt > :since",
                        Long.class)
                .setParameter("account", account)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The link a token belongs to, if it is one of these purposes and can still be used. */
    public Optional<AccountLink> usable(String token, Set<Purpose> purposes, LocalDateTime now, LockModeType lock) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        return em.createQuery("SELECT l FROM AccountLink l JOIN FETCH l.account WHERE l.tokenHash = :hash",
                        AccountLink.class)
                .setParameter("hash", sha256(token))
                .setLockMode(lock)
                .getResultStream()
                .filter(link -> purposes.contains(link.getPurpose()) && link.isUsable(now))
                .findFirst();
    }

    /** Uses up every outstanding link of the account (a password was set, or the account was deactivated). */
    public void useAll(Account account, LocalDateTime now) {
        em.createQuery("UPDATE AccountLink l SET l.usedAt = :now WHERE l.account = :account AND l.usedAt IS NULL")
                .setParameter("now", now)
                .setParameter("account", account)
                .executeUpdate();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
