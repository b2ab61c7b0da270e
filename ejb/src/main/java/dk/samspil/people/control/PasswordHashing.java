package dk.samspil.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2-SHA256 with 600,000 iterations (OWASP 2023), a 32-byte salt and a 32-byte key. Stored as
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash}, so older hashes stay verifiable when the
 * parameters are raised.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when no account matches, so a wrong e-mail costs the same time as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-matches".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    public void verifyDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
