package dk.samspil.it;

import dk.samspil.people.boundary.Authentication;
import dk.samspil.people.entity.Role;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in against the account table, for every role, and every way it must fail. */
class AuthenticationIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AuthenticationIT.class);
    }

    @Inject
    Authentication authentication;


    @Test
    void everyRoleCanLogInAndGetsExactlyItsRoles() {
        for (Role role : Role.values()) {
            String email = db.account("Person " + role, null, role.name());
            var account = authentication.authenticate(email, TestDatabase.PASSWORD.toCharArray()).orElseThrow();
            assertEquals(email, account.email());
            assertEquals(Set.of(role), account.roles());
        }
    }

    @Test
    void aLeaderIsAlsoAParticipant() {
        String email = db.account("Leder", null, "LEADER", "PARTICIPANT");
        var account = authentication.authenticate(email, TestDatabase.PASSWORD.toCharArray()).orElseThrow();
        assertEquals(Set.of(Role.LEADER, Role.PARTICIPANT), account.roles());
    }

    @Test
    void guessingIsSlowedDownPerAccountAndPerAddressButNeverLocksForGood() {
        String email = db.account("Gættet", null, "PARTICIPANT");
        char[] right = TestDatabase.PASSWORD.toCharArray();
        String address = "192.0.2." + (int) (Math.random() * 200);
        for (int i = 0; i < 5; i++) {
            assertFalse(authentication.authenticate(email, ("gæt-nummer-" + i).toCharArray(), address).isPresent());
        }
        assertFalse(authentication.authenticate(email, right, address).isPresent(), "blocked after five failures");
        assertFalse(authentication.authenticate(email, right, "198.51.100.7").isPresent(), "from anywhere");
        String neighbour = db.account("Nabo", null, "PARTICIPANT");
        assertTrue(authentication.authenticate(neighbour, right, address).isPresent(), "others are not blocked");

        db.update("UPDATE login_throttle SET blocked_until = NOW() - INTERVAL 1 SECOND WHERE throttle_key = ?",
                "account:" + email);
        assertTrue(authentication.authenticate(email, right, address).isPresent(), "the block ends by itself");
        assertEquals(0L, db.value("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ?", "account:" + email),
                "and a good login clears the count");

        for (int i = 0; i < 30; i++) {
            authentication.authenticate("ukendt-" + i + "-" + TestDatabase.unique() + "@test.example", right, address);
        }
        assertFalse(authentication.authenticate(neighbour, right, address).isPresent(),
                "thirty failures from one address hold that address back");
        assertTrue(authentication.authenticate(neighbour, right, "203.0.113.9").isPresent());
    }

    @Test
    void theEmailAddressIsNotCaseSensitive() {
        String email = db.account("Store Bogstaver", null, "PARTICIPANT");
        assertTrue(authentication.authenticate(email.toUpperCase(Locale.ROOT), TestDatabase.PASSWORD.toCharArray())
                .isPresent());
    }

    @Test
    void wrongPasswordUnknownEmailAndDeactivatedAccountAllFailAlike() {
        String email = db.account("Forkert", null, "PARTICIPANT");
        assertFalse(authentication.authenticate(email, "wrong-password-123".toCharArray()).isPresent());
        assertFalse(authentication.authenticate("nobody-" + TestDatabase.unique() + "@test.example",
                TestDatabase.PASSWORD.toCharArray()).isPresent());
        assertFalse(authentication.authenticate(null, TestDatabase.PASSWORD.toCharArray()).isPresent());
        db.deactivate(email);
        assertFalse(authentication.authenticate(email, TestDatabase.PASSWORD.toCharArray()).isPresent());
    }
}
