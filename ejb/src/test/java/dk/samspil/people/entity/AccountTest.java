package dk.samspil.people.entity;

import dk.samspil.people.entity.PartnerKind;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may hold which role, and the states of a self-registered account. */
class AccountTest {

    private final Municipality vejle = new Municipality("630", "Vejle Kommune");
    private final Institution school = new Institution(vejle, "Fjordskolen", InstitutionKind.SCHOOL, "123456");
    private final PartnerOrganisation club = new PartnerOrganisation("Fjordbyens IF", PartnerKind.ASSOCIATION,
            new LocalizedText("Idræt", "Sport"));

    private static Account account() {
        return new Account("  Anne.Larsen@Example.DK ", " Anne Larsen ", Account.NO_PASSWORD);
    }

    private static String refusal(Runnable change) {
        return assertThrows(AccountRuleException.class, change::run).messageKey();
    }

    @Test
    void anAddressIsStoredTrimmedAndInLowerCase() {
        assertEquals("anne.larsen@example.dk", account().getEmail());
        assertEquals("Anne Larsen", account().getDisplayName());
    }

    @Test
    void anAccountHoldsAtLeastOneRole() {
        Account account = account();
        assertEquals("people.account.no-role", refusal(() -> account.assignRoles(Set.of(), Set.of(), null)));
    }

    @Test
    void aLeaderLeadsNamedInstitutionsAndOnlyALeaderLeadsAny() {
        Account account = account();
        assertEquals("people.account.leader-needs-institution",
                refusal(() -> account.assignRoles(EnumSet.of(Role.LEADER, Role.PARTICIPANT), Set.of(), null)));
        assertEquals("people.account.institutions-need-leader",
                refusal(() -> account.assignRoles(EnumSet.of(Role.PARTICIPANT), Set.of(school), null)));

        account.assignRoles(EnumSet.of(Role.LEADER, Role.PARTICIPANT), Set.of(school), null);
        assertEquals(Set.of(school), account.getLedInstitutions());
        assertEquals(EnumSet.of(Role.LEADER, Role.PARTICIPANT), account.getRoles());
    }

    @Test
    void aPartnerContactBelongsToAnOrganisationAndNobodyElseDoes() {
        Account account = account();
        assertEquals("people.account.partner-needs-organisation",
                refusal(() -> account.assignRoles(EnumSet.of(Role.PARTNER), Set.of(), null)));
        assertEquals("people.account.organisation-needs-partner",
                refusal(() -> account.assignRoles(EnumSet.of(Role.CONSULTANT), Set.of(), club)));

        account.assignRoles(EnumSet.of(Role.PARTNER), Set.of(), club);
        assertSame(club, account.getPartnerOrganisation());
    }

    @Test
    void aRoleTakenAwayLetsGoOfWhatItNeeded() {
        Account account = account();
        account.assignRoles(EnumSet.of(Role.LEADER, Role.PARTNER), Set.of(school), club);

        account.assignRoles(EnumSet.of(Role.PARTICIPANT), Set.of(), null);

        assertEquals(Set.of(), account.getLedInstitutions());
        assertNull(account.getPartnerOrganisation());
        assertEquals(EnumSet.of(Role.PARTICIPANT), account.getRoles());
    }

    @Test
    void aRefusedAssignmentChangesNothing() {
        Account account = account();
        account.assignRoles(EnumSet.of(Role.LEADER), Set.of(school), null);

        refusal(() -> account.assignRoles(EnumSet.of(Role.PARTNER), Set.of(), null));

        assertEquals(EnumSet.of(Role.LEADER), account.getRoles());
        assertEquals(Set.of(school), account.getLedInstitutions());
    }

    @Test
    void reassigningTheRolesAnAccountAlreadyHasKeepsThem() {
        Account account = account();
        account.assignRoles(EnumSet.of(Role.LEADER), Set.of(school), null);

        account.assignRoles(account.getRoles(), account.getLedInstitutions(), account.getPartnerOrganisation());

        assertEquals(Set.of(school), account.getLedInstitutions(), "the sets given may be the account's own");
        assertEquals(EnumSet.of(Role.LEADER), account.getRoles());
    }

    @Test
    void aSelfRegisteredAccountLogsInOnlyOnceItsAddressIsVerifiedAndWhileActive() {
        Account account = account();
        assertTrue(account.mayLogIn(), "accounts made by others are verified");
        account.awaitVerification();
        assertFalse(account.mayLogIn());
        account.verifyEmail();
        assertTrue(account.mayLogIn());
        account.deactivate();
        assertFalse(account.mayLogIn());
        account.reactivate();
        assertTrue(account.mayLogIn());
    }

    @Test
    void aSelfRegisteredPersonIsNobodysStaffUntilALeaderConfirms() {
        Account account = account();
        account.askToJoin(school);
        assertNull(account.getInstitution());
        assertSame(school, account.getRequestedInstitution());

        account.confirmEmployment();

        assertSame(school, account.getInstitution());
        assertNull(account.getRequestedInstitution());
        assertEquals("people.staff-requests.nothing-to-confirm", refusal(account::confirmEmployment));
    }

    @Test
    void aDeclinedRequestLeavesThePersonWithoutAnInstitution() {
        Account account = account();
        account.askToJoin(school);
        account.declineEmployment();
        assertNull(account.getInstitution());
        assertNull(account.getRequestedInstitution());
    }

    @Test
    void nobodyJoinsOrIsEmployedAtAClosedInstitution() {
        school.close(LocalDate.of(2026, 8, 1));
        Account account = account();
        assertEquals("people.account.institution-closed", refusal(() -> account.askToJoin(school)));
        assertEquals("people.account.institution-closed",
                refusal(() -> account.describe("a@b.dk", "A", JobFunction.TEACHER, school, "da")));
        school.reopen();
        account.describe("a@b.dk", "A", JobFunction.TEACHER, school, "da");
        assertSame(school, account.getInstitution());
    }
}
