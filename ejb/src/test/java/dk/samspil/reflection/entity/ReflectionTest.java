package dk.samspil.reflection.entity;

import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sharing rules: private by default, per audience, revocable; readers see only the submitted version. */
class ReflectionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 10, 0);
    private static final ReaderRelation TEAM = new ReaderRelation(false, true, false, false);
    private static final ReaderRelation LEADER = new ReaderRelation(false, false, true, false);
    private static final ReaderRelation COHORT = new ReaderRelation(false, false, false, true);
    private static final ReaderRelation STRANGER = new ReaderRelation(false, false, false, false);

    private static Reflection submitted(String text) {
        Reflection reflection = new Reflection(new Account("a@test.example", "Anne", "hash"), null, NOW);
        reflection.write(text, NOW);
        reflection.submit(NOW);
        return reflection;
    }

    @Test
    void aReflectionIsPrivateUntilSharedAndOnlyWithTheChosenAudience() {
        Reflection reflection = submitted("<p>Om samarbejdet med foreningen</p>");
        for (ReaderRelation reader : new ReaderRelation[] {TEAM, LEADER, COHORT, STRANGER}) {
            assertFalse(reflection.isReadableBy(reader), "nobody but the author before a share");
        }
        assertTrue(reflection.isReadableBy(ReaderRelation.AUTHOR));

        reflection.share(Audience.LEADERS);
        assertEquals(Optional.of(Audience.LEADERS), reflection.readableThrough(LEADER));
        assertFalse(reflection.isReadableBy(TEAM));
        assertFalse(reflection.isReadableBy(COHORT));
        assertFalse(reflection.isReadableBy(STRANGER));

        reflection.share(Audience.COHORT);
        assertTrue(reflection.isReadableBy(COHORT));
        assertFalse(reflection.isReadableBy(new ReaderRelation(false, true, false, false)));
    }

    @Test
    void aReaderInSeveralAudiencesReadsAsTheCourseTeamFirstAndOnlyTheTeamComments() {
        Reflection reflection = submitted("<p>Tekst</p>");
        ReaderRelation everything = new ReaderRelation(false, true, true, true);
        reflection.share(Audience.COHORT);
        reflection.share(Audience.LEADERS);
        assertEquals(Optional.of(Audience.LEADERS), reflection.readableThrough(everything));
        assertFalse(reflection.takesFeedbackFrom(everything), "not shared with the team");
        reflection.share(Audience.COURSE_TEAM);
        assertEquals(Optional.of(Audience.COURSE_TEAM), reflection.readableThrough(everything));
        assertTrue(reflection.takesFeedbackFrom(TEAM));
        assertFalse(reflection.takesFeedbackFrom(LEADER));
        assertFalse(reflection.takesFeedbackFrom(ReaderRelation.AUTHOR));
    }

    @Test
    void aRevokedShareEndsAccessAtOnce() {
        Reflection reflection = submitted("<p>Tekst</p>");
        reflection.share(Audience.LEADERS);
        reflection.share(Audience.COURSE_TEAM);
        reflection.revoke(Audience.LEADERS);
        assertFalse(reflection.isReadableBy(LEADER));
        assertTrue(reflection.isReadableBy(TEAM), "other shares stay");
    }

    @Test
    void aDraftIsNeverReadByOthersEvenWhenShared() {
        Reflection draft = new Reflection(new Account("a@test.example", "Anne", "hash"), (CourseModule) null, NOW);
        draft.write("<p>Kladde</p>", NOW);
        draft.share(Audience.LEADERS);
        assertFalse(draft.isReadableBy(LEADER));
    }

    @Test
    void readersSeeTheSubmittedVersionNotTheWorkingText() {
        Reflection reflection = submitted("<p>Første version</p>");
        reflection.write("<p>Halvfærdig ændring</p>", NOW.plusHours(1));
        assertEquals("<p>Første version</p>", reflection.getPublishedBody());
        reflection.submit(NOW.plusHours(2));
        assertEquals("<p>Halvfærdig ændring</p>", reflection.getPublishedBody());
        assertEquals(2, reflection.getVersions().size(), "each submission is kept");
        assertEquals(1, reflection.getVersions().get(0).getNumber());
    }

    @Test
    void anEmptyOrOverlongTextIsRefusedAndChangesNothing() {
        Reflection reflection = new Reflection(new Account("a@test.example", "Anne", "hash"), null, NOW);
        reflection.write("<p> </p><script>x()</script>", NOW);
        BusinessException empty = assertThrows(ReflectionRefusedException.class, () -> reflection.submit(NOW));
        assertEquals("reflection.submit.empty", empty.messageKey());
        assertEquals(ReflectionStatus.DRAFT, reflection.getStatus());

        reflection.write("<p>Kort</p>", NOW);
        String tooLong = "<p>" + "x".repeat(ReflectionText.MAX_LENGTH) + "</p>";
        assertEquals("reflection.write.too-long",
                assertThrows(ReflectionRefusedException.class, () -> reflection.write(tooLong, NOW)).messageKey());
        assertEquals("<p>Kort</p>", reflection.getBody());
    }
}
