package dk.samspil.people.control;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2-SHA256 with 600,000 iterations (OWASP's figure), a 32-byte salt and a 32-byte key, from
 * the JDK's own provider. Stored in Jakarta Security's (Soteria's) format
 * {@code PBKDF2WithHmacSHA256:iterations:salt:key}, so a hash keeps its own iteration count and
 * stays verifiable when the count is raised.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;

    /**
     * Verified against when no account matches, so an unknown e-mail costs as much as a wrong password:
     * a stored hash of the same cost whose key (all zeros) no password derives. A constant, not a hash
     * made when the bean is: that cost a freshly started node's first logins seconds each (twice, as
     * the container's proxy makes the bean too).
     */
    private static final String DECOY = ALGORITHM + ":" + ITERATIONS + ":"
            + Base64.getEncoder().encodeToString("samspil-decoy-salt-32-bytes-long".getBytes(StandardCharsets.US_ASCII)) + ":"
            + Base64.getEncoder().encodeToString(new byte[KEY_BITS / 8]);

    private final SecureRandom random = new SecureRandom();

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(password, salt, ITERATIONS, KEY_BITS));
    }

    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            // An account without a password (e.g. made by a staff import) takes as long to refuse as any other.
            verify(password, DECOY);
            return false;
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] expected = base64.decode(parts[3]);
            byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]), expected.length * 8);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public void verifyDecoy(char[] password) {
        verify(password, DECOY);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBits) {
        var spec = new PBEKeySpec(password, salt, iterations, keyBits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
