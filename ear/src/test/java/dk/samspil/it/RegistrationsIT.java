package dk.samspil.it;

import dk.samspil.development.boundary.StaffOverview;
import dk.samspil.development.boundary.StaffQuery;
import dk.samspil.development.boundary.StaffRow;
import dk.samspil.people.boundary.AccountNotFoundException;
import dk.samspil.people.boundary.Authentication;
import dk.samspil.people.boundary.RegistrationForm;
import dk.samspil.people.boundary.RegistrationRefusedException;
import dk.samspil.people.boundary.Registrations;
import dk.samspil.people.boundary.ResetLinkInvalidException;
import dk.samspil.people.boundary.StaffRequestRow;
import dk.samspil.people.boundary.StaffRequests;
import dk.samspil.people.entity.JobFunction;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Self-registration: verified by a mailed link before anyone logs in, the same answer for a known
 * address, throttled; the named institution's leader confirms the person before they are anyone's staff.
 */
class RegistrationsIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    private static final String PASSWORD = "Havørnen flyver over fjorden";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(RegistrationsIT.class, AsLeader.class);
    }

    @Inject
    Registrations registrations;

    @Inject
    Authentication authentication;

    @Inject
    StaffRequests requests;

    @Inject
    StaffOverview staff;

    @Inject
    AsLeader asLeader;

    private static String email() {
        return "selv-" + TestDatabase.unique() + "@test.example";
    }

    private void register(String name, String email, Long institution) {
        registrations.register(new RegistrationForm(name, email, JobFunction.TEACHER, institution, "da", PASSWORD.toCharArray()),
                "192.0.2." + (int) (Math.random() * 250));
    }

    /** A verification link for the account as if mailed (only a token's hash is stored, so the test makes its own). */
    private String link(String email) throws Exception {
        String token = (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "").substring(0, 43);
        db.update("""
                INSERT INTO account_link (account_id, purpose, token_hash, created_at, expires_at)
                SELECT id, 'VERIFICATION', ?, NOW(), NOW() + INTERVAL 1 DAY FROM account WHERE email = ?""",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII))),
                email);
        return token;
    }

    private boolean logsIn(String email) {
        return authentication.authenticate(email, PASSWORD.toCharArray()).isPresent();
    }

    @Test
    void aRegisteredPersonLogsInOnlyAfterTheMailedLinkAndTheLinkWorksOnce() throws Exception {
        String email = email();
        register("Rikke Registreret", email, null);

        assertEquals(1L, ((Number) db.value("""
                SELECT COUNT(*) FROM account_link l JOIN account a ON a.id = l.account_id
                WHERE a.email = ? AND l.purpose = 'VERIFICATION'""", email)).longValue(), "a link is mailed");
        assertFalse(logsIn(email), "not before the address is verified");
        String token = link(email);
        assertTrue(registrations.isVerificationLinkUsable(token));
        RegistrationRefusedException wrong = assertThrows(RegistrationRefusedException.class,
                () -> registrations.verify(token, "Ikke min adgangskode i dag".toCharArray()));
        assertEquals("password", wrong.field(), "the link alone does not verify: the registration's password must match");
        assertFalse(logsIn(email));
        assertTrue(registrations.isVerificationLinkUsable(token), "a wrong password does not use the link up");

        registrations.verify(token, PASSWORD.toCharArray());

        assertTrue(logsIn(email));
        assertEquals("PARTICIPANT", db.value("SELECT role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.email = ?", email));
        assertThrows(ResetLinkInvalidException.class, () -> registrations.verify(token, PASSWORD.toCharArray()), "used twice");
        assertThrows(ResetLinkInvalidException.class, () -> registrations.verify("x".repeat(43), PASSWORD.toCharArray()),
                "unknown or tampered");
    }

    @Test
    void registeringAKnownAddressAnswersTheSameAndChangesNothing() {
        String known = db.account("Kendt Karen", null, "PARTICIPANT");
        Object hash = db.value("SELECT password_hash FROM account WHERE email = ?", known);

        register("Falsk Karen", " " + known.toUpperCase() + " ", null);

        assertEquals(hash, db.value("SELECT password_hash FROM account WHERE email = ?", known));
        assertEquals("Kendt Karen", db.value("SELECT display_name FROM account WHERE email = ?", known));
        assertEquals(1L, ((Number) db.value("SELECT COUNT(*) FROM account WHERE email = ?", known)).longValue());
    }

    @Test
    void aWeakPasswordOrABadAddressIsRefusedAndNothingIsSaved() {
        String email = email();
        RegistrationRefusedException weak = assertThrows(RegistrationRefusedException.class, () ->
                registrations.register(new RegistrationForm("Svag Sven", email, JobFunction.TEACHER, null, "da",
                        "password1234".toCharArray()), null));
        assertEquals("new-password", weak.field());
        RegistrationRefusedException address = assertThrows(RegistrationRefusedException.class, () ->
                registrations.register(new RegistrationForm("Sven", "ikke-en-adresse", JobFunction.TEACHER, null, "da",
                        PASSWORD.toCharArray()), null));
        assertEquals("email", address.field());
        assertEquals(0L, ((Number) db.value("SELECT COUNT(*) FROM account WHERE email = ?", email)).longValue());
    }

    @Test
    void registrationsForOneAddressAreThrottled() {
        String email = email();
        for (int i = 0; i < 5; i++) {
            register("Ivrig Ivan", email, null);
        }
        RegistrationRefusedException throttled = assertThrows(RegistrationRefusedException.class,
                () -> register("Ivrig Ivan", email, null));
        assertEquals("people.register.throttled", throttled.messageKey());
    }

    @Test
    void aSelfRegisteredPersonIsNobodysStaffUntilALeaderOfThatInstitutionConfirms() throws Exception {
        long school = db.institution("Bekræftelsesskolen");
        long otherSchool = db.institution("Fremmedskolen");
        db.leadAs(TestPeople.LEADER, school);
        String email = email();
        register("Tove Tilmeldt", email, school);
        registrations.verify(link(email), PASSWORD.toCharArray());
        long id = (Long) db.value("SELECT id FROM account WHERE email = ?", email);

        assertNull(db.value("SELECT institution_id FROM account WHERE id = ?", id));
        assertFalse(myStaff(email).contains(email), "not the leader's staff before confirmation");
        List<StaffRequestRow> pending = asLeader.call(requests::pending);
        assertTrue(pending.stream().anyMatch(r -> r.accountId() == id));

        asLeader.call(() -> {
            requests.confirm(id);
            return null;
        });

        assertEquals(school, ((Number) db.value("SELECT institution_id FROM account WHERE id = ?", id)).longValue());
        assertTrue(myStaff(email).contains(email));
        assertFalse(asLeader.call(requests::pending).stream().anyMatch(r -> r.accountId() == id));

        String stranger = email();
        register("Frede Fremmed", stranger, otherSchool);
        registrations.verify(link(stranger), PASSWORD.toCharArray());
        long strangerId = (Long) db.value("SELECT id FROM account WHERE email = ?", stranger);
        assertThrows(AccountNotFoundException.class, () -> asLeader.call(() -> {
            requests.confirm(strangerId);
            return null;
        }), "a leader confirms only for institutions they lead");
        assertNull(db.value("SELECT institution_id FROM account WHERE id = ?", strangerId));
    }

    /**
     * The leader's staff found by their address: the shared test leader leads every test's school,
     * so the first page of all of them (sorted by name) need not reach this test's person.
     */
    private List<String> myStaff(String email) throws Exception {
        return asLeader.call(() -> staff.findMyStaff(new StaffQuery(null, null, null, email, "name", 0), DANISH).rows())
                .stream().map(StaffRow::email).toList();
    }
}
