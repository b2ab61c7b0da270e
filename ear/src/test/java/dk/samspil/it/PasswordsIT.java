package dk.samspil.it;

import dk.samspil.people.boundary.Authentication;
import dk.samspil.people.boundary.PasswordRefusedException;
import dk.samspil.people.boundary.Passwords;
import dk.samspil.people.boundary.ResetLinkInvalidException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reset links work once and for 30 minutes, are limited per account, and a refused password changes nothing. */
class PasswordsIT extends InContainerTest {

    private static final String NEW_PASSWORD = "Fjord og bølger om morgenen";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PasswordsIT.class, AsParticipantB.class);
    }

    @Inject
    Passwords passwords;

    @Inject
    Authentication authentication;

    @Inject
    AsParticipantB asParticipant;

    /** A link as if mailed: the token's hash stored for the account, made {@code minutesAgo} minutes ago (times are Danish, as the application's). */
    private String link(String email, int minutesAgo) throws Exception {
        String token = (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "").substring(0, 43);
        LocalDateTime created = LocalDateTime.now(ZoneId.of("Europe/Copenhagen")).minusMinutes(minutesAgo);
        db.update("""
                INSERT INTO account_link (account_id, token_hash, created_at, expires_at)
                SELECT id, ?, ?, ? FROM account WHERE email = ?""", sha256(token), created, created.plusMinutes(30), email);
        return token;
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private boolean logsIn(String email, String password) {
        return authentication.authenticate(email, password.toCharArray()).isPresent();
    }

    @Test
    void aLinkSetsTheNewPasswordOnceAndUsesUpTheAccountsOtherLinks() throws Exception {
        String email = db.account("Glemsom Lærer", null, "PARTICIPANT");
        String first = link(email, 1);
        String second = link(email, 0);
        assertTrue(passwords.isResetLinkUsable(first));

        passwords.reset(first, NEW_PASSWORD.toCharArray());

        assertTrue(logsIn(email, NEW_PASSWORD));
        assertFalse(logsIn(email, TestDatabase.PASSWORD));
        assertNotNull(db.value("SELECT password_changed_at FROM account WHERE email = ?", email));
        assertThrows(ResetLinkInvalidException.class, () -> passwords.reset(first, "Noget helt tredje i aften".toCharArray()));
        assertFalse(passwords.isResetLinkUsable(second), "the account's other links are used up");
        assertThrows(ResetLinkInvalidException.class, () -> passwords.reset(second, "Noget helt tredje i aften".toCharArray()));
        assertTrue(logsIn(email, NEW_PASSWORD));
    }

    @Test
    void anExpiredLinkAWeakPasswordOrADeactivatedAccountChangesNothing() throws Exception {
        String email = db.account("Langsom Lærer", null, "PARTICIPANT");
        String expired = link(email, 31);
        assertFalse(passwords.isResetLinkUsable(expired));
        assertThrows(ResetLinkInvalidException.class, () -> passwords.reset(expired, NEW_PASSWORD.toCharArray()));

        String fresh = link(email, 0);
        PasswordRefusedException weak = assertThrows(PasswordRefusedException.class,
                () -> passwords.reset(fresh, "password1234".toCharArray()));
        assertEquals("new-password", weak.field());
        assertTrue(passwords.isResetLinkUsable(fresh), "the refused attempt did not use the link");
        assertTrue(logsIn(email, TestDatabase.PASSWORD), "the old password still works");

        db.deactivate(email);
        assertThrows(ResetLinkInvalidException.class, () -> passwords.reset(fresh, NEW_PASSWORD.toCharArray()));
        assertEquals(null, db.value("SELECT password_changed_at FROM account WHERE email = ?", email));
        assertThrows(ResetLinkInvalidException.class, () -> passwords.reset("not-a-token", NEW_PASSWORD.toCharArray()));
    }

    @Test
    void linksGoOnlyToActiveAccountsAndAtMostThreeAnHour() {
        String email = db.account("Ivrig Lærer", null, "PARTICIPANT");
        for (int i = 0; i < 5; i++) {
            passwords.requestReset(i % 2 == 0 ? email.toUpperCase() : " " + email + " ");
        }
        assertEquals(3L, ((Number) db.value("""
                SELECT COUNT(*) FROM account_link r JOIN account a ON a.id = r.account_id WHERE a.email = ?""",
                email)).longValue());

        String gone = db.account("Stoppet Lærer", null, "PARTICIPANT");
        db.deactivate(gone);
        passwords.requestReset(gone);
        passwords.requestReset("nobody-" + TestDatabase.unique() + "@test.example");
        passwords.requestReset(null);
        assertEquals(0L, ((Number) db.value("""
                SELECT COUNT(*) FROM account_link r JOIN account a ON a.id = r.account_id WHERE a.email = ?""",
                gone)).longValue());
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeALogin() throws Exception {
        db.login(TestPeople.PARTICIPANT_B, "PARTICIPANT");
        String key = "account:" + TestPeople.PARTICIPANT_B;
        db.update("DELETE FROM login_throttle WHERE throttle_key = ?", key);
        try {
            for (int i = 0; i < 5; i++) {
                assertThrows(PasswordRefusedException.class, () -> asParticipant.call(
                        () -> passwords.changeOwn("a-wrong-guess".toCharArray(), NEW_PASSWORD.toCharArray())));
            }
            assertNotNull(db.value("SELECT blocked_until FROM login_throttle WHERE throttle_key = ?", key),
                    "the refusals were counted although each rolled its change back");
            assertThrows(PasswordRefusedException.class, () -> asParticipant.call(
                    () -> passwords.changeOwn(TestDatabase.PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray())),
                    "while blocked, not even the right password is tried");
            assertFalse(logsIn(TestPeople.PARTICIPANT_B, TestDatabase.PASSWORD), "and logins wait too");
        } finally {
            db.update("DELETE FROM login_throttle WHERE throttle_key = ?", key);
        }
        assertTrue(logsIn(TestPeople.PARTICIPANT_B, TestDatabase.PASSWORD), "the password itself never changed");
    }
}
