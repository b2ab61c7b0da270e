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
