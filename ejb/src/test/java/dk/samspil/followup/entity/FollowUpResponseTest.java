package dk.samspil.followup.entity;

import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of an answer: who sees it (the leader only what the participant shared; the participant
 * always the leader's), what is a valid answer, and that aggregates wait for three responses.
 */
class FollowUpResponseTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final FollowUp FOLLOW_UP = new FollowUp(null, 12);
    private static final Account ANNE = new Account("anne@test.example", "Anne", "hash");
    private static final Account LEADER = new Account("leder@test.example", "Leder", "hash");
    private static final Enrolment ENROLMENT = new Enrolment(null, ANNE, EnrolmentStatus.COMPLETED);

    private static final FollowUpQuestion TRIED = question(1L, Respondent.PARTICIPANT, QuestionKind.SCALE);
    private static final FollowUpQuestion WHAT = question(2L, Respondent.PARTICIPANT, QuestionKind.TEXT);
    private static final FollowUpQuestion SEEN = question(3L, Respondent.LEADER, QuestionKind.SCALE);
    private static final List<FollowUpQuestion> QUESTIONS = List.of(TRIED, WHAT, SEEN);

    private static FollowUpQuestion question(long id, Respondent audience, QuestionKind kind) {
        FollowUpQuestion question = new FollowUpQuestion(FOLLOW_UP, audience, 1, kind, new LocalizedText("Spørgsmål " + id, null));
        try {
            Field field = FollowUpQuestion.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(question, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return question;
    }

    private static FollowUpResponse.Given given(Map<Long, Integer> scores, Map<Long, String> comments, Partnership partnership,
                                                boolean shared) {
        return new FollowUpResponse.Given(scores, comments, partnership, shared, false);
    }

    private static FollowUpResponse participant(FollowUpResponse.Given given) {
        return FollowUpResponse.byParticipant(FOLLOW_UP, ENROLMENT, null, TODAY, QUESTIONS, given);
    }

    @Test
    void aParticipantsAnswerReachesTheLeaderOnlyWhileShared() {
        FollowUpResponse answer = participant(given(Map.of(1L, 4), Map.of(2L, "Læsevenner fra biblioteket"), Partnership.NEW, false));
        assertFalse(answer.isVisibleToLeader(), "private unless shared");
        answer.share(true, false);
        assertTrue(answer.isVisibleToLeader());
        answer.share(false, true);
        assertFalse(answer.isVisibleToLeader(), "sharing can be taken back");
        assertTrue(answer.isNameShown());
    }

    @Test
    void aLeadersAnswerIsAlwaysReadByTheParticipantAndCarriesNoChoices() {
        FollowUpResponse leaders = FollowUpResponse.byLeader(FOLLOW_UP, ENROLMENT, LEADER, null, TODAY, QUESTIONS,
                FollowUpResponse.Given.leaders(Map.of(3L, 5, 1L, 2), Map.of()));
        assertTrue(leaders.isVisibleToLeader());
        assertEquals(List.of(3L), leaders.getAnswers().stream().map(FollowUpAnswer::getQuestionId).toList(),
                "a participant's question is not the leader's to answer");
        assertEquals("followup.share.participant-only",
                assertThrows(FollowUpRefusedException.class, () -> leaders.share(true, true)).messageKey());
        assertEquals(null, leaders.getPartnership());
    }

    @Test
    void onlyAnsweredQuestionsAreKeptAndWordsAreTrimmed() {
        FollowUpResponse answer = participant(given(Map.of(1L, 5), Map.of(2L, "  Vi besøgte foreningen.  "),
                Partnership.CONTINUED, false));
        assertEquals(2, answer.getAnswers().size());
        assertEquals("Vi besøgte foreningen.", answer.getAnswers().get(1).getComment());
        assertEquals(5, answer.getScoreSum(), "the scores are summed for the report");
        assertEquals(1, answer.getScoreCount());
        Map<Long, String> blank = new HashMap<>();
        blank.put(2L, "   ");
        assertEquals(1, participant(given(Map.of(1L, 3), blank, Partnership.NONE, false)).getAnswers().size());
    }

    @Test
    void badAnswersAreRefused() {
        assertEquals("followup.answer.score-range", assertThrows(FollowUpRefusedException.class,
                () -> participant(given(Map.of(1L, 6), Map.of(), Partnership.NONE, false))).messageKey());
        assertEquals("followup.answer.score-range", assertThrows(FollowUpRefusedException.class,
                () -> participant(given(Map.of(1L, 0), Map.of(), Partnership.NONE, false))).messageKey());
        assertEquals("followup.answer.too-long", assertThrows(FollowUpRefusedException.class,
                () -> participant(given(Map.of(), Map.of(2L, "x".repeat(FollowUpAnswer.COMMENT_MAX + 1)),
                        Partnership.NONE, false))).messageKey());
        assertEquals(FollowUpAnswer.COMMENT_MAX, participant(given(Map.of(), Map.of(2L, "x".repeat(FollowUpAnswer.COMMENT_MAX)),
                Partnership.NONE, false)).getAnswers().get(0).getComment().length(), "the limit itself is allowed");
        assertEquals("followup.answer.empty", assertThrows(FollowUpRefusedException.class,
                () -> participant(given(Map.of(), Map.of(), Partnership.NONE, false))).messageKey());
        assertEquals("followup.answer.partnership-required", assertThrows(FollowUpRefusedException.class,
                () -> participant(given(Map.of(1L, 3), Map.of(), null, false))).messageKey());
    }

    @Test
    void aggregatesAreShownFromThreeResponses() {
        assertFalse(FollowUpResponse.enoughToShow(0));
        assertFalse(FollowUpResponse.enoughToShow(2));
        assertTrue(FollowUpResponse.enoughToShow(3));
        assertTrue(FollowUpResponse.enoughToShow(40));
    }

    @Test
    void aPartnershipExistsWhenItIsNewOrContinued() {
        assertEquals(Set.of(Partnership.NEW, Partnership.CONTINUED), Partnership.EXISTING);
    }
}
