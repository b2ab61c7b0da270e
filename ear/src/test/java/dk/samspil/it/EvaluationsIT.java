package dk.samspil.it;

import dk.samspil.evaluation.boundary.CourseEvaluations;
import dk.samspil.evaluation.boundary.EvaluationForm;
import dk.samspil.evaluation.boundary.EvaluationNotFoundException;
import dk.samspil.evaluation.boundary.EvaluationResults;
import dk.samspil.evaluation.boundary.MyEvaluations;
import dk.samspil.evaluation.entity.EvaluationRefusedException;
import dk.samspil.evaluation.entity.QuestionKind;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Course evaluation: answered once and anonymously after the course, shown as aggregates from three answers on. */
class EvaluationsIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(EvaluationsIT.class, AsParticipantA.class, AsParticipantB.class,
                AsPlanner.class, AsPartnerA.class, AsPartnerB.class);
    }

    @Inject
    MyEvaluations mine;

    @Inject
    CourseEvaluations evaluations;

    @Inject
    AsParticipantA asFirst;

    @Inject
    AsParticipantB asSecond;

    @Inject
    AsPlanner asConsultant;

    @Inject
    AsPartnerA asCoDesigner;

    @Inject
    AsPartnerB asOtherPartner;

    private TestDatabase.Course ended;

    @BeforeEach
    void anEndedCourseWithTwoParticipants() {
        db.login(TestPeople.PARTICIPANT_A, "PARTICIPANT");
        db.login(TestPeople.PARTICIPANT_B, "PARTICIPANT");
        db.login(TestPeople.PLANNER, "CONSULTANT");
        ended = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusDays(2));
        db.enrol(ended, TestPeople.PARTICIPANT_A, "COMPLETED");
        db.enrol(ended, TestPeople.PARTICIPANT_B, "CONFIRMED");
        db.link(ended, db.partnerLogin(TestPeople.PARTNER_A), "CO_DESIGNER", null);
        db.partnerLogin(TestPeople.PARTNER_B);
    }

    private EvaluationForm form(AsParticipantA as) throws Exception {
        return as.call(() -> mine.open(ended.code(), DANISH));
    }

    private long question(int position) throws Exception {
        return form(asFirst).questions().get(position - 1).id();
    }

    @Test
    void eachSeatedParticipantAnswersOnceAndNothingTiesTheAnswerToThem() throws Exception {
        EvaluationForm form = form(asFirst);
        assertEquals(5, form.questions().size(), "the college's standard questions");
        assertFalse(form.answered());
        long first = question(1);
        long open = question(5);
        asFirst.call(() -> {
            mine.answer(ended.code(), Map.of(first, 4), Map.of(open, "Mere tid til partnerne"));
            return null;
        });
        assertTrue(form(asFirst).answered());
        assertEquals("evaluation.answer.already", assertThrows(EvaluationRefusedException.class,
                () -> asFirst.call(() -> {
                    mine.answer(ended.code(), Map.of(first, 1), Map.of());
                    return null;
                })).messageKey());
        assertEquals(1L, db.value("SELECT COUNT(*) FROM evaluation_response WHERE course_id = ?", ended.id()));
        assertEquals(List.of("enrolment_id"), columnsOf("evaluation_receipt"));
        assertEquals(List.of("course_id", "id", "submitted_on"), columnsOf("evaluation_response"),
                "no person and no time of day in a response");
    }

    @Test
    void badAnswersAreRefusedAndSaveNothing() throws Exception {
        long first = question(1);
        assertEquals("evaluation.answer.score-range", assertThrows(EvaluationRefusedException.class,
                () -> asSecond.call(() -> {
                    mine.answer(ended.code(), Map.of(first, 7), Map.of());
                    return null;
                })).messageKey());
        assertEquals("evaluation.answer.empty", assertThrows(EvaluationRefusedException.class,
                () -> asSecond.call(() -> {
                    mine.answer(ended.code(), Map.of(), Map.of(question(5), "   "));
                    return null;
                })).messageKey());
        assertEquals(0L, db.value("SELECT COUNT(*) FROM evaluation_response WHERE course_id = ?", ended.id()));
        assertFalse(asSecond.call(() -> mine.open(ended.code(), DANISH)).answered(), "the receipt was rolled back too");
    }

    @Test
    void aCourseIsEvaluatedOnlyWhenItHasEndedAndOnlyByItsParticipants() {
        var running = db.course("PUBLISHED", 10);
        db.enrol(running, TestPeople.PARTICIPANT_A, "CONFIRMED");
        assertEquals("evaluation.answer.not-ended", assertThrows(EvaluationRefusedException.class,
                () -> asFirst.call(() -> mine.open(running.code(), DANISH))).messageKey());
        var notMine = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusDays(2));
        assertThrows(EvaluationNotFoundException.class, () -> asFirst.call(() -> mine.open(notMine.code(), DANISH)));
    }

    @Test
    void resultsAreAggregatesFromThreeResponsesAndPartnersSeeNoWords() throws Exception {
        long first = question(1);
        long open = question(5);
        asFirst.call(() -> {
            mine.answer(ended.code(), Map.of(first, 5), Map.of(open, "Øv mere med forældrene"));
            return null;
        });
        EvaluationResults few = asConsultant.call(() -> evaluations.results(ended.code(), DANISH));
        assertEquals(1, few.responses());
        assertFalse(few.shown(), "one or two responses could be recognised");

        asSecond.call(() -> {
            mine.answer(ended.code(), Map.of(first, 3), Map.of(open, "Alt var godt"));
            return null;
        });
        db.update("INSERT INTO evaluation_response (course_id, submitted_on) VALUES (?, CURDATE())", ended.id());
        db.update("""
                INSERT INTO evaluation_answer (response_id, question_id, score)
                SELECT MAX(id), ?, 4 FROM evaluation_response WHERE course_id = ?""", first, ended.id());

        EvaluationResults results = asConsultant.call(() -> evaluations.results(ended.code(), DANISH));
        assertTrue(results.shown());
        assertArrayEquals(new long[] {0, 0, 1, 1, 1}, results.questions().get(0).counts());
        assertEquals(4.0, results.questions().get(0).mean());
        assertEquals(List.of("Alt var godt", "Øv mere med forældrene"), results.questions().get(4).comments(),
                "open answers in alphabetical order, never in the order given");

        EvaluationResults partner = asCoDesigner.call(() -> evaluations.resultsForPartner(ended.code(), DANISH));
        assertEquals(4.0, partner.questions().get(0).mean());
        assertTrue(partner.questions().get(4).comments().isEmpty());
        assertThrows(EvaluationNotFoundException.class,
                () -> asOtherPartner.call(() -> evaluations.resultsForPartner(ended.code(), DANISH)));
        assertThrows(EJBAccessException.class, () -> asFirst.call(() -> evaluations.results(ended.code(), DANISH)));
    }

    @Test
    void questionsChangeUntilTheFirstAnswer() throws Exception {
        asConsultant.call(() -> {
            evaluations.addQuestion(ended.code(), QuestionKind.TEXT, "Hvad tager du med hjem?", null);
            evaluations.removeQuestion(ended.code(), question(1));
            return null;
        });
        EvaluationForm form = form(asFirst);
        assertEquals(5, form.questions().size());
        assertEquals("Hvad tager du med hjem?", form.questions().get(4).text());
        assertEquals(List.of(1, 2, 3, 4, 5), form.questions().stream().map(EvaluationForm.Question::position).toList());
        assertEquals("evaluation.setup.text-required", assertThrows(EvaluationRefusedException.class,
                () -> asConsultant.call(() -> {
                    evaluations.addQuestion(ended.code(), QuestionKind.SCALE, " ", null);
                    return null;
                })).messageKey());

        long open = form.questions().get(4).id();
        asFirst.call(() -> {
            mine.answer(ended.code(), Map.of(), Map.of(open, "Mod til at ringe til foreningerne"));
            return null;
        });
        assertEquals("evaluation.setup.locked", assertThrows(EvaluationRefusedException.class,
                () -> asConsultant.call(() -> {
                    evaluations.addQuestion(ended.code(), QuestionKind.SCALE, "For sent", null);
                    return null;
                })).messageKey());
    }

    private List<String> columnsOf(String table) {
        return List.of(String.valueOf(db.value("""
                SELECT GROUP_CONCAT(column_name ORDER BY column_name) FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = ?""", table)).split(","));
    }
}
