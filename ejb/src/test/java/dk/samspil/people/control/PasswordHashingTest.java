package dk.samspil.people.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void storesPbkdf2Sha256WithAtLeast600000Iterations() {
        String stored = hashing.hash("correct horse battery".toCharArray());
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:600000:"), stored);
        assertTrue(hashing.verify("correct horse battery".toCharArray(), stored));
        assertFalse(hashing.verify("correct horse batterY".toCharArray(), stored));
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(hashing.hash("same-password-1".toCharArray()), hashing.hash("same-password-1".toCharArray()));
    }

    @Test
    void hashesWithOtherParametersStillVerify() {
        String older = "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0c2FsdA==:"
                + "WnUP5wLLVoM0WQUyteCyTXLGlxI3KTx2cYho3TIduA8=";
        assertTrue(hashing.verify("right-password".toCharArray(), older));
        assertFalse(hashing.verify("wrong-password".toCharArray(), older));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        for (String stored : new String[]{null, "", "plain", "MD5:1:a:b", "PBKDF2WithHmacSHA256:x:y:z"}) {
            assertFalse(hashing.verify("anything".toCharArray(), stored), String.valueOf(stored));
        }
    }
}
