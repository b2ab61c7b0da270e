package dk.samspil.people.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provider's word that it verified an address is taken for ten minutes, for a registration begun with single sign-on. */
class SsoIdentityTest {

    @Test
    void aVouchedIdentityIsUsableForTenMinutes() {
        Instant vouched = Instant.parse("2026-12-06T09:00:00Z");
        SsoIdentity identity = new SsoIdentity("ulla@example.dk", "Ulla", "https://idp.example", vouched);
        assertTrue(identity.isFresh(vouched.plusSeconds(9 * 60)));
        assertFalse(identity.isFresh(vouched.plusSeconds(10 * 60)));
    }
}
