package dk.samspil.story.entity;

import dk.samspil.catalog.entity.Theme;
import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Municipality;
import dk.samspil.people.entity.PartnerKind;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.shared.LocalizedText;
import dk.samspil.story.entity.PracticeStory.State;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PracticeStoryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 10, 0);
    private static final Municipality VEJLE = new Municipality("630", "Vejle");
    private static final Theme OPEN_SCHOOL = new Theme("open-school", new LocalizedText("Åben skole", "Open school"));

    private static final StoryReader AUTHOR = new StoryReader(true, true, true, false, false);
    private static final StoryReader COHORT = new StoryReader(true, false, true, false, false);
    private static final StoryReader LOGGED_IN = new StoryReader(true, false, false, false, false);
    private static final StoryReader CONSULTANT = new StoryReader(true, false, false, true, false);
    private static final StoryReader NAMED_PARTNER = new StoryReader(true, false, false, false, true);

    private final Account author = new Account("anne@example.org", "Anne Larsen", Account.NO_PASSWORD);
    private final Account kirsten = new Account("kirsten@example.org", "Kirsten Møller", Account.NO_PASSWORD);
    private final Account rasmus = new Account("rasmus@example.org", "Rasmus Holm", Account.NO_PASSWORD);
    private final PartnerOrganisation readers = new PartnerOrganisation("Læsebedsteforældrene", PartnerKind.VOLUNTEER_ORGANISATION, null);
    private final PartnerOrganisation farm = new PartnerOrganisation("Holm og Søn", PartnerKind.COMPANY, null);

    private static PracticeStory.Telling telling(String title, PartnerOrganisation... partners) {
        return new PracticeStory.Telling(title, OPEN_SCHOOL, VEJLE, AgeGroup.GRADES_0_3,
                "Vi læste med 2.B hver tirsdag.", "Eleverne læser mere derhjemme.", List.of(partners));
    }

    private PracticeStory story(PartnerOrganisation... partners) {
        return new PracticeStory(author, null, null, null, telling("Læsevenner i 2.B", partners), NOW);
    }

    @Test
    void aDraftIsReadByItsAuthorOnly() {
        PracticeStory story = story(readers);

        assertEquals(State.DRAFT, story.state());
        assertTrue(story.readableBy(AUTHOR));
        for (StoryReader other : List.of(StoryReader.VISITOR, COHORT, LOGGED_IN, CONSULTANT, NAMED_PARTNER)) {
            assertFalse(story.readableBy(other), other.toString());
        }
    }

    @Test
    void publishingAsksEveryNamedOrganisationAndShowsNothingUntilAllConsent() {
        PracticeStory story = story(readers, farm);

        List<PartnerOrganisation> asked = story.publish(StoryAudience.PUBLIC, NOW);

        assertEquals(List.of(readers, farm), asked);
        assertEquals(State.AWAITING_CONSENT, story.state());
        assertFalse(story.readableBy(StoryReader.VISITOR));
        assertTrue(story.readableBy(NAMED_PARTNER), "a named partner reads what it is asked to consent to");
        assertTrue(story.readableBy(CONSULTANT));

        story.consent(readers, kirsten, NOW);
        assertFalse(story.readableBy(StoryReader.VISITOR), "one of two consents is not enough");

        story.consent(farm, rasmus, NOW);
        assertEquals(State.PUBLISHED, story.state());
        assertTrue(story.readableBy(StoryReader.VISITOR));
    }

    @Test
    void aStoryNamingNoOrganisationIsShownAtOnce() {
        PracticeStory story = story();

        assertEquals(List.of(), story.publish(StoryAudience.USERS, NOW));

        assertTrue(story.isShown());
    }

    @Test
    void eachAudienceReachesItsOwnReaders() {
        PracticeStory cohortStory = story();
        cohortStory.publish(StoryAudience.COHORT, NOW);
        assertTrue(cohortStory.readableBy(COHORT));
        assertFalse(cohortStory.readableBy(LOGGED_IN));
        assertFalse(cohortStory.readableBy(StoryReader.VISITOR));

        PracticeStory usersStory = story();
        usersStory.publish(StoryAudience.USERS, NOW);
        assertTrue(usersStory.readableBy(LOGGED_IN));
        assertFalse(usersStory.readableBy(StoryReader.VISITOR));

        PracticeStory publicStory = story();
        publicStory.publish(StoryAudience.PUBLIC, NOW);
        assertTrue(publicStory.readableBy(StoryReader.VISITOR));
    }

    @Test
    void revokingRemovesTheStoryFromEveryAudienceButKeepsTheConsentsGiven() {
        PracticeStory story = story(readers);
        story.publish(StoryAudience.PUBLIC, NOW);
        story.consent(readers, kirsten, NOW);

        story.revoke();

        assertEquals(State.DRAFT, story.state());
        for (StoryReader other : List.of(StoryReader.VISITOR, COHORT, LOGGED_IN, CONSULTANT, NAMED_PARTNER)) {
            assertFalse(story.readableBy(other), other.toString());
        }
        assertEquals(List.of(), story.publish(StoryAudience.PUBLIC, NOW), "the same text is not asked about again");
        assertTrue(story.isShown());
    }

    @Test
    void anOrganisationWithdrawingItsConsentUnpublishesTheStory() {
        PracticeStory story = story(readers);
        story.publish(StoryAudience.PUBLIC, NOW);
        story.consent(readers, kirsten, NOW);

        story.refuse(readers, kirsten, NOW);

        assertEquals(ConsentStatus.WITHDRAWN, story.consentOf(readers).orElseThrow().getStatus());
        assertEquals(State.DRAFT, story.state());
        assertFalse(story.readableBy(StoryReader.VISITOR));
        assertEquals(List.of(readers), story.publish(StoryAudience.PUBLIC, NOW), "publishing again asks again");
        assertFalse(story.isShown());
    }

    @Test
    void aRefusalUnpublishesAndAnOrganisationNotNamedCannotAnswer() {
        PracticeStory story = story(readers);
        story.publish(StoryAudience.PUBLIC, NOW);

        story.refuse(readers, kirsten, NOW);

        assertEquals(ConsentStatus.REFUSED, story.consentOf(readers).orElseThrow().getStatus());
        assertEquals(State.DRAFT, story.state());
        assertEquals("story.consent.not-named",
                assertThrows(StoryRefusedException.class, () -> story.consent(farm, rasmus, NOW)).messageKey());
        assertEquals("story.consent.not-asked",
                assertThrows(StoryRefusedException.class, () -> story.consent(readers, kirsten, NOW)).messageKey());
    }

    @Test
    void rewordingAPublishedStoryAsksAgainWhileChangingOnlyTheFactsDoesNot() {
        PracticeStory story = story(readers);
        story.publish(StoryAudience.PUBLIC, NOW);
        story.consent(readers, kirsten, NOW);

        PracticeStory.Telling sameWords = new PracticeStory.Telling("Læsevenner i 2.B", OPEN_SCHOOL, VEJLE,
                AgeGroup.GRADES_4_6, "Vi læste med 2.B hver tirsdag.", "Eleverne læser mere derhjemme.", List.of(readers));
        assertEquals(List.of(), story.tell(sameWords, NOW));
        assertTrue(story.isShown());

        assertEquals(List.of(readers), story.tell(telling("Læsevenner i 2.B og 3.A", readers), NOW));
        assertEquals(State.AWAITING_CONSENT, story.state());
        assertFalse(story.readableBy(StoryReader.VISITOR));
    }

    @Test
    void namingAnotherOrganisationAsksItAndDroppingOneForgetsItsConsent() {
        PracticeStory story = story(readers);
        story.publish(StoryAudience.PUBLIC, NOW);
        story.consent(readers, kirsten, NOW);

        story.tell(telling("Læsevenner i 2.B", farm), NOW);

        assertEquals(List.of(farm), story.partners());
        assertEquals(State.AWAITING_CONSENT, story.state());
    }

    @Test
    void aHiddenStoryIsReadByItsAuthorAndTheConsultantsOnly() {
        PracticeStory story = story();
        story.publish(StoryAudience.PUBLIC, NOW);

        StoryModeration line = StoryModeration.of(story, kirsten, StoryModeration.Action.HIDE, " Navngiver et barn ", NOW);

        assertEquals("Navngiver et barn", line.getReason());
        assertEquals(State.HIDDEN, story.state());
        assertFalse(story.readableBy(StoryReader.VISITOR));
        assertTrue(story.readableBy(CONSULTANT));
        assertTrue(story.readableBy(AUTHOR));
        StoryModeration.of(story, kirsten, StoryModeration.Action.SHOW, "Barnets navn er fjernet", NOW);
        assertTrue(story.readableBy(StoryReader.VISITOR));
    }

    @Test
    void moderationNeedsAReasonAndAShownStory() {
        PracticeStory draft = story();

        assertEquals("story.moderation.reason-required", assertThrows(StoryRefusedException.class,
                () -> StoryModeration.of(draft, kirsten, StoryModeration.Action.HIDE, " ", NOW)).messageKey());
        assertEquals("story.hide.not-shown", assertThrows(StoryRefusedException.class,
                () -> StoryModeration.of(draft, kirsten, StoryModeration.Action.HIDE, "Navngiver et barn", NOW)).messageKey());
        assertEquals("story.too-long", assertThrows(StoryRefusedException.class,
                () -> StoryModeration.of(draft, kirsten, StoryModeration.Action.HIDE, "x".repeat(501), NOW)).messageKey());
    }

    @Test
    void theTellingKeepsItsLimits() {
        StoryRefusedException blank = assertThrows(StoryRefusedException.class,
                () -> new PracticeStory(author, null, null, null, telling("  "), NOW));
        assertEquals("title", blank.field());
        assertEquals("story.required", blank.messageKey());
        assertEquals("story.too-long", assertThrows(StoryRefusedException.class,
                () -> new PracticeStory(author, null, null, null, telling("x".repeat(PracticeStory.TITLE_MAX + 1)), NOW)).messageKey());
        PracticeStory.Telling tooLong = new PracticeStory.Telling("Titel", OPEN_SCHOOL, VEJLE, AgeGroup.DAYCARE,
                "x".repeat(PracticeStory.TEXT_MAX + 1), "Lært", List.of());
        assertEquals("did", assertThrows(StoryRefusedException.class,
                () -> new PracticeStory(author, null, null, null, tooLong, NOW)).field());
        PracticeStory.Telling noAgeGroup = new PracticeStory.Telling("Titel", OPEN_SCHOOL, VEJLE, null, "Gjort", "Lært", List.of());
        assertEquals("story.age-group.required", assertThrows(StoryRefusedException.class,
                () -> new PracticeStory(author, null, null, null, noAgeGroup, NOW)).messageKey());
    }

    @Test
    void aStoryNamesAtMostTenOrganisations() {
        PartnerOrganisation[] many = new PartnerOrganisation[PracticeStory.PARTNERS_MAX + 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = new PartnerOrganisation("Forening " + i, PartnerKind.ASSOCIATION, null);
        }

        StoryRefusedException refused = assertThrows(StoryRefusedException.class,
                () -> new PracticeStory(author, null, null, null, telling("Mange", many), NOW));

        assertEquals("story.partners.too-many", refused.messageKey());
    }
}
