package dk.samspil.it;

import dk.samspil.people.boundary.AccountForm;
import dk.samspil.people.boundary.AccountPage;
import dk.samspil.people.boundary.AccountQuery;
import dk.samspil.people.boundary.AccountRow;
import dk.samspil.people.boundary.Accounts;
import dk.samspil.people.boundary.Institutions;
import dk.samspil.people.entity.AccountRuleException;
import dk.samspil.people.entity.JobFunction;
import dk.samspil.people.entity.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Account administration: search and paging in the database, invitations, roles and their rules, the last administrator. */
class AccountsIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AccountsIT.class, AsAdmin.class, AsParticipantA.class, AsLeader.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Institutions institutions;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsParticipantA asParticipant;

    @Inject
    AsLeader asLeader;

    @BeforeEach
    void administrator() {
        db.login(TestPeople.ADMIN, "ADMIN");
    }

    private static AccountForm form(String name, String email, Long institution, Set<Role> roles, Set<Long> led) {
        return new AccountForm(name, email, JobFunction.TEACHER, institution, "da", roles, led, null);
    }

    private long links(String email, String purpose) {
        return ((Number) db.value("""
                SELECT COUNT(*) FROM account_link l JOIN account a ON a.id = l.account_id
                WHERE a.email = ? AND l.purpose = ? AND l.used_at IS NULL""", email, purpose)).longValue();
    }

    @Test
    void onlyAnAdministratorAdministersAccounts() {
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> accounts.search(AccountQuery.all())));
        assertThrows(EJBAccessException.class, () -> asLeader.call(() -> accounts.create(
                form("Snyder", "snyd-" + TestDatabase.unique() + "@test.example", null, EnumSet.of(Role.ADMIN), Set.of()))));
        assertThrows(EJBAccessException.class, () -> accounts.deactivate(1));
    }

    @Test
    void aNewAccountHasNoPasswordAndItsPersonIsInvitedByAMailedLink() {
        String email = "ny-" + TestDatabase.unique() + "@test.example";
        long school = db.institution("Invitationsskolen");

        long id = asAdmin.get(() -> accounts.create(form("Nina Ny", "  " + email.toUpperCase() + " ", school,
                EnumSet.of(Role.PARTICIPANT), Set.of())));

        AccountRow row = asAdmin.get(() -> accounts.row(id));
        assertEquals(email, row.email(), "trimmed and in lower case");
        assertTrue(row.invited());
        assertEquals(1, links(email, "INVITATION"));
        assertEquals("!", db.value("SELECT password_hash FROM account WHERE id = ?", id));

        asAdmin.run(() -> accounts.resendInvitation(id));
        assertEquals(1, links(email, "INVITATION"), "the earlier link stops working");
    }

    @Test
    void aDuplicateAddressIsRefusedWhateverItsCaseAndNothingIsSaved() {
        String email = db.account("Første Frida", null, "PARTICIPANT");
        long before = ((Number) db.value("SELECT COUNT(*) FROM account")).longValue();

        AccountRuleException refused = assertThrows(AccountRuleException.class, () -> asAdmin.get(() -> accounts.create(
                form("Anden Frida", " " + email.toUpperCase(), null, EnumSet.of(Role.PARTICIPANT), Set.of()))));

        assertEquals("people.account.email-taken", refused.messageKey());
        assertEquals("email", refused.field());
        assertEquals(before, ((Number) db.value("SELECT COUNT(*) FROM account")).longValue());
    }

    @Test
    void aLeaderIsMadeToLeadNamedInstitutionsAndAnAccountCanBeParticipantAndLeader() {
        long school = db.institution("Lederskolen");
        String email = "leder-" + TestDatabase.unique() + "@test.example";
        long id = asAdmin.get(() -> accounts.create(form("Lis Leder", email, school, EnumSet.of(Role.PARTICIPANT, Role.LEADER),
                Set.of(school))));

        assertEquals(1L, ((Number) db.value("SELECT COUNT(*) FROM leader_institution WHERE account_id = ? AND institution_id = ?",
                id, school)).longValue());
        AccountRuleException refused = assertThrows(AccountRuleException.class, () -> asAdmin.run(() ->
                accounts.update(id, form("Lis Leder", email, school, EnumSet.of(Role.LEADER), Set.of()))));
        assertEquals("led", refused.field());
        assertEquals(1L, ((Number) db.value("SELECT COUNT(*) FROM leader_institution WHERE account_id = ?", id)).longValue(),
                "a refused change changes nothing");
    }

    @Test
    void searchFindsByNameOrAddressAndFiltersByRoleInstitutionAndActivity() {
        String tag = TestDatabase.unique();
        long school = db.institution("Søgeskolen");
        String teacher = db.account("Søgbar Lærer " + tag, school, "PARTICIPANT");
        String leader = db.account("Søgbar Leder " + tag, school, "PARTICIPANT", "LEADER");
        db.deactivate(teacher);

        AccountPage byName = asAdmin.get(() -> accounts.search(new AccountQuery("søgbar lærer " + tag, null, null, null, null, 0)));
        assertEquals(List.of(teacher), byName.rows().stream().map(AccountRow::email).toList());
        AccountPage byAddress = asAdmin.get(() -> accounts.search(new AccountQuery(leader.toUpperCase(), null, null, null, null, 0)));
        assertEquals(List.of(leader), byAddress.rows().stream().map(AccountRow::email).toList());
        AccountPage leaders = asAdmin.get(() -> accounts.search(new AccountQuery(tag, Role.LEADER, school, null, null, 0)));
        assertEquals(List.of(leader), leaders.rows().stream().map(AccountRow::email).toList());
        assertEquals(EnumSet.of(Role.PARTICIPANT, Role.LEADER), leaders.rows().get(0).roles());
        AccountPage inactive = asAdmin.get(() -> accounts.search(new AccountQuery(tag, null, school, null, false, 0)));
        assertEquals(List.of(teacher), inactive.rows().stream().map(AccountRow::email).toList());
        AccountPage wildcard = asAdmin.get(() -> accounts.search(new AccountQuery("%" + tag, null, null, null, null, 0)));
        assertEquals(0, wildcard.total(), "% is a plain character");
    }

    @Test
    void aPageOfAccountsCostsFourStatementsHoweverManyItShowsAndHoweverFarOn() throws Exception {
        String tag = TestDatabase.unique();
        long school = db.institution("Tælleskolen");
        for (int i = 0; i < 12; i++) {
            db.account("Tællet " + tag + " " + i, school, i % 2 == 0 ? new String[]{"PARTICIPANT", "LEADER"} : new String[]{"PARTICIPANT"});
        }
        long overhead = statementsOf(() -> asAdmin.get(() -> institutions.municipalities())) - 1;
        long one = statementsOf(() -> asAdmin.get(() -> accounts.search(new AccountQuery(tag + " 1", null, null, null, null, 0)))) - overhead;
        long twelve = statementsOf(() -> asAdmin.get(() -> accounts.search(new AccountQuery(tag, null, school, null, true, 0)))) - overhead;
        long all = statementsOf(() -> asAdmin.get(() -> accounts.search(new AccountQuery(null, Role.PARTICIPANT, null, null, null, 3)))) - overhead;
        assertEquals(4, twelve, "count, ids, rows and roles");
        assertEquals(twelve, one);
        assertEquals(twelve, all);
    }

    @Test
    void anAdministratorNeitherRemovesTheirOwnRoleNorDeactivatesThemselves() {
        long me = (Long) db.value("SELECT id FROM account WHERE email = ?", TestPeople.ADMIN);
        AccountRuleException own = assertThrows(AccountRuleException.class, () -> asAdmin.run(() -> accounts.deactivate(me)));
        assertEquals("people.account.own-admin", own.messageKey());
        AccountRuleException role = assertThrows(AccountRuleException.class, () -> asAdmin.run(() ->
                accounts.update(me, form("Test ADMIN", TestPeople.ADMIN, null, EnumSet.of(Role.CONSULTANT), Set.of()))));
        assertEquals("people.account.own-admin", role.messageKey());
        assertEquals(Boolean.TRUE, db.value("SELECT active FROM account WHERE id = ?", me));
    }

    @Test
    void theLastActiveAdministratorStays() {
        String other = db.account("Anden Administrator", null, "ADMIN");
        long otherId = (Long) db.value("SELECT id FROM account WHERE email = ?", other);
        List<Long> paused = db.ids("""
                SELECT id FROM account WHERE email NOT IN (?, ?) AND active = TRUE
                AND id IN (SELECT account_id FROM account_role WHERE role = 'ADMIN')""", TestPeople.ADMIN, other);
        try {
            // For a moment the test administrator and the other one are the only active administrators.
            for (long id : paused) {
                db.update("UPDATE account SET active = FALSE WHERE id = ?", id);
            }
            asAdmin.run(() -> accounts.deactivate(otherId));
            db.update("UPDATE account SET active = TRUE WHERE id = ?", otherId);
            // Now the other one is the only one (the call below still runs with the test administrator's principal).
            db.update("UPDATE account SET active = FALSE WHERE email = ?", TestPeople.ADMIN);
            AccountRuleException role = assertThrows(AccountRuleException.class, () -> asAdmin.run(() ->
                    accounts.update(otherId, form("Anden Administrator", other, null, EnumSet.of(Role.PARTICIPANT), Set.of()))));
            assertEquals("people.account.last-admin", role.messageKey());
            AccountRuleException deactivate = assertThrows(AccountRuleException.class, () -> asAdmin.run(() -> accounts.deactivate(otherId)));
            assertEquals("people.account.last-admin", deactivate.messageKey());
            assertEquals(Boolean.TRUE, db.value("SELECT active FROM account WHERE id = ?", otherId));
            assertEquals("ADMIN", db.value("SELECT role FROM account_role WHERE account_id = ? AND role = 'ADMIN'", otherId));
        } finally {
            db.update("UPDATE account SET active = TRUE WHERE email = ?", TestPeople.ADMIN);
            for (long id : paused) {
                db.update("UPDATE account SET active = TRUE WHERE id = ?", id);
            }
        }
    }

    @Test
    void deactivationKeepsTheHistoryAndEndsTheLinksReactivationLetsThePersonBackIn() {
        String email = db.account("Forladt Frank", db.institution("Historieskolen"), "PARTICIPANT");
        long id = (Long) db.value("SELECT id FROM account WHERE email = ?", email);
        db.update("""
                INSERT INTO account_link (account_id, purpose, token_hash, created_at, expires_at)
                VALUES (?, 'RESET', SHA2(UUID(), 256), NOW(), NOW() + INTERVAL 1 HOUR)""", id);

        asAdmin.run(() -> accounts.deactivate(id));

        assertEquals(Boolean.FALSE, db.value("SELECT active FROM account WHERE id = ?", id));
        assertEquals(0, links(email, "RESET"));
        assertTrue(((String) db.value("SELECT display_name FROM account WHERE id = ?", id)).startsWith("Forladt"));
        asAdmin.run(() -> accounts.reactivate(id));
        assertEquals(Boolean.TRUE, db.value("SELECT active FROM account WHERE id = ?", id));
    }

    @Test
    void aPartnerAccountIsOneOfItsOrganisationsContactsAsOnThePartnersPage() {
        long partner = db.partnerLogin(TestPeople.PARTNER_A);
        String email = "kontakt-" + TestDatabase.unique() + "@test.example";

        long id = asAdmin.get(() -> accounts.create(new AccountForm("Kim Kontakt", email, JobFunction.OTHER, null, "da",
                EnumSet.of(Role.PARTNER), Set.of(), partner)));

        assertEquals(id, ((Number) db.value("SELECT account_id FROM partner_contact WHERE partner_organisation_id = ? AND email = ?",
                partner, email)).longValue());
    }
}
