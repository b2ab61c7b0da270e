package dk.samspil.it;

import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.followup.boundary.CourseFollowUp;
import dk.samspil.followup.boundary.CourseFollowUps;
import dk.samspil.followup.boundary.FollowUpForm;
import dk.samspil.followup.boundary.FollowUpNotFoundException;
import dk.samspil.followup.boundary.FollowUpReport;
import dk.samspil.followup.boundary.FollowUpReports;
import dk.samspil.followup.boundary.MyFollowUps;
import dk.samspil.followup.boundary.StaffFollowUp;
import dk.samspil.followup.boundary.StaffFollowUpPage;
import dk.samspil.followup.boundary.StaffFollowUps;
import dk.samspil.followup.control.FollowUpMailing;
import dk.samspil.followup.entity.FollowUpRefusedException;
import dk.samspil.followup.entity.FollowUpResponse.Given;
import dk.samspil.followup.entity.Partnership;
import dk.samspil.followup.entity.Respondent;
import dk.samspil.reporting.boundary.SemesterReports;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follow-up on transfer against the real database: it opens for those who completed the course and
 * their leaders, a participant's answer reaches the leader only while shared, a leader sees only
 * their own institutions' staff, and the consultant sees aggregates from three responses on.
 */
class FollowUpsIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(FollowUpsIT.class, AsParticipantA.class, AsParticipantB.class,
                AsPlanner.class, AsLeader.class);
    }

    @Inject
    CourseFollowUps followUps;

    @Inject
    MyFollowUps mine;

    @Inject
    StaffFollowUps staff;

    @Inject
    FollowUpReports reports;

    @Inject
    SemesterReports semesterReports;

    @Inject
    FollowUpMailing mailing;

    @Inject
    AsParticipantA asAnne;

    @Inject
    AsParticipantB asBo;

    @Inject
    AsPlanner asConsultant;

    @Inject
    AsLeader asLeader;

    private TestDatabase.Course course;
    private LocalDate due;
    private String colleague;

    /** Anne and a colleague completed a course whose last session was 13 weeks ago; Bo, at another school, too. */
    @BeforeEach
    void aCourseCompletedThirteenWeeksAgo() throws Exception {
        long school = db.institution("Opfølgningsskolen");
        db.employ(TestPeople.PARTICIPANT_A, school);
        db.employ(TestPeople.PARTICIPANT_B, db.institution("Naboskolen"));
        db.leadAs(TestPeople.LEADER, school);
        db.login(TestPeople.PLANNER, "CONSULTANT");
        LocalDate lastSession = LocalDate.now().minusWeeks(13);
        course = db.course("PUBLISHED", 10, "test-theme", lastSession);
        colleague = db.account("Kollega Kirsten", school, "PARTICIPANT");
        db.enrol(course, TestPeople.PARTICIPANT_A, "COMPLETED");
        db.enrol(course, TestPeople.PARTICIPANT_B, "COMPLETED");
        db.enrol(course, colleague, "COMPLETED");
        db.enrol(course, db.account("Ikke Gennemført", school, "PARTICIPANT"), "CONFIRMED");
        asConsultant.call(() -> {
            followUps.attach(course.code(), 12);
            return null;
        });
        due = lastSession.plusWeeks(12);
    }

    private void open() throws Exception {
        asConsultant.call(() -> mailing.openDue(due));
    }

    private long enrolmentOf(String email) {
        return ((Number) db.value("SELECT e.id FROM enrolment e JOIN account a ON a.id = e.account_id "
                + "WHERE e.course_id = ? AND a.email = ?", course.id(), email)).longValue();
    }

    /** Every page of the leader's list, all or those waiting (the fixed leader login gathers other tests' follow-ups too). */
    private List<StaffFollowUp> leadersRows() throws Exception {
        return leadersRows(false);
    }

    private List<StaffFollowUp> leadersRows(boolean waiting) throws Exception {
        List<StaffFollowUp> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            int current = page;
            StaffFollowUpPage found = asLeader.call(() -> staff.mine(DANISH, current, waiting));
            rows.addAll(found.rows());
            assertTrue(found.rows().size() <= 50, "a page at a time");
            if (current + 1 >= found.pages()) {
                assertEquals(found.total(), rows.size());
                return rows;
            }
        }
    }

    private String anneName() {
        return (String) db.value("SELECT display_name FROM account WHERE email = ?", TestPeople.PARTICIPANT_A);
    }

    private long notifications(String email, String kind) {
        return ((Number) db.value("""
                SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.recipient_id
                WHERE n.course_id = ? AND a.email = ? AND n.kind = ?""", course.id(), email, kind)).longValue();
    }

    private List<Long> questions(Respondent audience) throws Exception {
        CourseFollowUp overview = asConsultant.call(() -> followUps.overview(course.code(), DANISH));
        return (audience == Respondent.PARTICIPANT ? overview.participantQuestions() : overview.leaderQuestions())
                .stream().map(FollowUpForm.Question::id).toList();
    }

    private void anneAnswers(boolean shared, boolean named) throws Exception {
        List<Long> q = questions(Respondent.PARTICIPANT);
        asAnne.call(() -> {
            mine.answer(course.code(), new Given(Map.of(q.get(0), 4, q.get(1), 5),
                    Map.of(q.get(2), "Læsevenner med biblioteket og pensionistforeningen"), Partnership.NEW, shared, named));
            return null;
        });
    }

    @Test
    void itOpensOnItsDayForThoseWhoCompletedAndTheirLeadersAndRemindsOnce() throws Exception {
        CourseFollowUp planned = asConsultant.call(() -> followUps.overview(course.code(), DANISH));
        assertTrue(planned.attached());
        assertEquals(due, planned.dueOn());
        assertEquals(5, planned.participantQuestions().size(), "the college's standard questions");
        assertEquals(3, planned.leaderQuestions().size());
        asConsultant.call(() -> mailing.openDue(due.minusDays(1)));
        assertEquals(0, notifications(TestPeople.PARTICIPANT_A, "FOLLOW_UP_OPEN"), "not before its day");

        open();
        assertEquals(1, notifications(TestPeople.PARTICIPANT_A, "FOLLOW_UP_OPEN"));
        assertEquals(1, notifications(colleague, "FOLLOW_UP_OPEN"));
        assertEquals(2, notifications(TestPeople.LEADER, "FOLLOW_UP_LEADER"), "one for each of the school's completers");
        assertEquals(anneName(), db.value("""
                SELECT MIN(n.detail) FROM notification n JOIN account a ON a.id = n.recipient_id
                WHERE n.course_id = ? AND a.email = ? AND n.kind = 'FOLLOW_UP_LEADER' AND n.detail = ?""",
                course.id(), TestPeople.LEADER, anneName()), "the leader is told whom it is about");
        assertEquals(0L, db.value("""
                SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.recipient_id
                WHERE n.course_id = ? AND a.display_name = 'Ikke Gennemført'""", course.id()), "only who completed");
        open();
        assertEquals(1, notifications(TestPeople.PARTICIPANT_A, "FOLLOW_UP_OPEN"), "it opens once");
        assertEquals("followup.setup.already-open", assertThrows(FollowUpRefusedException.class,
                () -> asConsultant.call(() -> {
                    followUps.attach(course.code(), 20);
                    return null;
                })).messageKey());

        anneAnswers(false, false);
        asConsultant.call(() -> mailing.remindUnanswered(due.plusDays(13)));
        assertEquals(0, notifications(colleague, "FOLLOW_UP_REMINDER"), "not before two weeks");
        asConsultant.call(() -> mailing.remindUnanswered(due.plusDays(14)));
        asConsultant.call(() -> mailing.remindUnanswered(due.plusDays(30)));
        assertEquals(0, notifications(TestPeople.PARTICIPANT_A, "FOLLOW_UP_REMINDER"), "Anne answered");
        assertEquals(1, notifications(colleague, "FOLLOW_UP_REMINDER"), "once");
        assertEquals(2, notifications(TestPeople.LEADER, "FOLLOW_UP_REMINDER"), "the leader answered neither");
    }

    @Test
    void theLeaderReadsTheParticipantsAnswersOnlyWhileSharedAndTheParticipantAlwaysReadsTheLeaders() throws Exception {
        open();
        long anne = enrolmentOf(TestPeople.PARTICIPANT_A);
        anneAnswers(false, false);
        FollowUpForm leaderView = asLeader.call(() -> staff.form(anne, DANISH));
        assertNull(leaderView.other(), "not shared");
        assertFalse(leaderView.isAnswered());
        assertTrue(leadersRows().stream()
                .anyMatch(row -> row.enrolmentId() == anne && !row.shared() && !row.answered()));

        List<Long> q = questions(Respondent.LEADER);
        asLeader.call(() -> {
            staff.answer(anne, Map.of(q.get(0), 5), Map.of(q.get(2), "Hun har fået hele årgangen med"));
            return null;
        });
        long kirsten = enrolmentOf(colleague);
        List<StaffFollowUp> waiting = leadersRows(true);
        assertTrue(waiting.stream().noneMatch(row -> row.enrolmentId() == anne), "answered: not waiting");
        assertTrue(waiting.stream().anyMatch(row -> row.enrolmentId() == kirsten && !row.answered()));
        assertTrue(leadersRows().stream().anyMatch(row -> row.enrolmentId() == anne && row.answered()));
        FollowUpForm anneView = asAnne.call(() -> mine.form(course.code(), DANISH));
        assertEquals("Hun har fået hele årgangen med", anneView.other().lines().get(1).comment(),
                "the leader's answer is shown to the participant");
        assertEquals(Partnership.NEW, anneView.mine().partnership());

        asAnne.call(() -> {
            mine.share(course.code(), true, false);
            return null;
        });
        FollowUpForm shared = asLeader.call(() -> staff.form(anne, DANISH));
        assertEquals("Læsevenner med biblioteket og pensionistforeningen", shared.other().lines().get(2).comment());
        assertEquals(1L, db.value("""
                SELECT COUNT(*) FROM access_log l JOIN account a ON a.id = l.subject_id
                WHERE a.email = ? AND l.kind = 'FOLLOW_UP' AND l.what = ?""", TestPeople.PARTICIPANT_A, course.code()),
                "the read is logged");
        asAnne.call(() -> {
            mine.share(course.code(), false, false);
            return null;
        });
        assertNull(asLeader.call(() -> staff.form(anne, DANISH)).other(), "revoked at once");
    }

    @Test
    void aLeaderSeesAndAnswersOnlyForTheStaffOfTheirOwnInstitutions() throws Exception {
        open();
        long bo = enrolmentOf(TestPeople.PARTICIPANT_B);
        assertTrue(leadersRows().stream().noneMatch(row -> row.enrolmentId() == bo));
        assertThrows(FollowUpNotFoundException.class, () -> asLeader.call(() -> staff.form(bo, DANISH)));
        List<Long> q = questions(Respondent.LEADER);
        assertThrows(FollowUpNotFoundException.class, () -> asLeader.call(() -> {
            staff.answer(bo, Map.of(q.get(0), 1), Map.of());
            return null;
        }));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM follow_up_response WHERE enrolment_id = ?", bo));
        var notTheirs = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusWeeks(13));
        assertThrows(FollowUpNotFoundException.class, () -> asAnne.call(() -> mine.form(notTheirs.code(), DANISH)),
                "a course Anne did not take");
        assertThrows(EJBAccessException.class, () -> asAnne.call(() -> staff.mine(DANISH, 0, false).rows()), "a participant is no leader");
        assertThrows(EJBAccessException.class, () -> asLeader.call(() -> followUps.overview(course.code(), DANISH)),
                "a leader is no consultant");
    }

    @Test
    void answersAreGivenOnceBadOnesChangeNothingAndTheQuestionsLockAtTheFirst() throws Exception {
        assertThrows(FollowUpNotFoundException.class, () -> asAnne.call(() -> mine.form(course.code(), DANISH)),
                "not open yet");
        open();
        List<Long> q = questions(Respondent.PARTICIPANT);
        assertEquals("followup.answer.score-range", assertThrows(FollowUpRefusedException.class, () -> asAnne.call(() -> {
            mine.answer(course.code(), new Given(Map.of(q.get(0), 9), Map.of(), Partnership.NONE, false, false));
            return null;
        })).messageKey());
        assertEquals(0L, db.value("SELECT COUNT(*) FROM follow_up_response r JOIN follow_up f ON f.id = r.follow_up_id "
                + "WHERE f.course_id = ?", course.id()));
        asConsultant.call(() -> {
            followUps.addQuestion(course.code(), Respondent.PARTICIPANT, QuestionKind.TEXT, "Hvem hjalp jer?", null);
            return null;
        });
        anneAnswers(false, false);
        assertEquals("followup.answer.already", assertThrows(FollowUpRefusedException.class,
                () -> anneAnswers(true, true)).messageKey());
        assertEquals("followup.setup.locked", assertThrows(FollowUpRefusedException.class, () -> asConsultant.call(() -> {
            followUps.removeQuestion(course.code(), q.get(0));
            return null;
        })).messageKey());
        assertTrue(asConsultant.call(() -> followUps.overview(course.code(), DANISH)).locked());
        assertTrue(asAnne.call(() -> mine.open(DANISH)).stream()
                .anyMatch(f -> f.courseCode().equals(course.code()) && f.answered()));
    }

    @Test
    void twoTabsAnsweringAtOnceStoreOneAnswerAndTellTheOtherItIsAnswered() throws Exception {
        open();
        List<Long> q = questions(Respondent.PARTICIPANT);
        List<Callable<Object>> tabs = new ArrayList<>();
        for (int tab = 0; tab < 4; tab++) {
            int score = tab + 1;
            tabs.add(() -> {
                try {
                    return asAnne.call(() -> {
                        mine.answer(course.code(), new Given(Map.of(q.get(0), score), Map.of(), Partnership.NONE, false, false));
                        return "stored";
                    });
                } catch (FollowUpRefusedException refused) {
                    return refused.messageKey();
                }
            });
        }
        List<Object> outcomes = Race.of(tabs);
        assertEquals(1, outcomes.stream().filter("stored"::equals).count(), outcomes.toString());
        assertEquals(3, outcomes.stream().filter("followup.answer.already"::equals).count(), outcomes.toString());
        assertEquals(1L, db.value("""
                SELECT COUNT(*) FROM follow_up_response r JOIN enrolment e ON e.id = r.enrolment_id
                WHERE e.course_id = ? AND r.respondent = 'PARTICIPANT'""", course.id()));
        assertEquals(1L, db.value("""
                SELECT COUNT(*) FROM follow_up_answer a JOIN follow_up_response r ON r.id = a.response_id
                JOIN enrolment e ON e.id = r.enrolment_id WHERE e.course_id = ?""", course.id()), "no half-written answer");
    }

    @Test
    void theListsTakeTheSameStatementsHoweverManyFollowUps() throws Exception {
        open();
        long few = statementsOf(() -> listsAsLeaderAndAnne());
        for (int more = 0; more < 3; more++) {
            var another = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusWeeks(13));
            db.enrol(another, TestPeople.PARTICIPANT_A, "COMPLETED");
            db.enrol(another, colleague, "COMPLETED");
            asConsultant.call(() -> {
                followUps.attach(another.code(), 12);
                return mailing.openDue(due);
            });
        }
        assertEquals(few, statementsOf(() -> listsAsLeaderAndAnne()), "no statement per row");
    }

    private void listsAsLeaderAndAnne() {
        try {
            assertFalse(asLeader.call(() -> staff.mine(DANISH, 0, false).rows()).isEmpty());
            assertFalse(asAnne.call(() -> mine.open(DANISH)).isEmpty());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theConsultantSeesAggregatesFromThreeResponsesAndNamesOnlyWhereAllowed() throws Exception {
        open();
        anneAnswers(false, true);
        CourseFollowUp few = asConsultant.call(() -> followUps.overview(course.code(), DANISH));
        assertEquals(1, few.participants().responses());
        assertFalse(few.participants().shown(), "one response could be recognised");
        List<Long> q = questions(Respondent.PARTICIPANT);
        asBo.call(() -> {
            mine.answer(course.code(), new Given(Map.of(q.get(0), 2), Map.of(q.get(2), "Vi nåede det ikke"),
                    Partnership.NONE, false, false));
            return null;
        });
        db.update("""
                INSERT INTO follow_up_response (follow_up_id, enrolment_id, respondent, author_id, answered_on, partnership)
                SELECT f.id, e.id, 'PARTICIPANT', e.account_id, CURDATE(), 'CONTINUED'
                FROM follow_up f JOIN enrolment e ON e.course_id = f.course_id JOIN account a ON a.id = e.account_id
                WHERE f.course_id = ? AND a.email = ?""", course.id(), colleague);

        CourseFollowUp shown = asConsultant.call(() -> followUps.overview(course.code(), DANISH));
        assertTrue(shown.participants().shown());
        assertEquals(3, shown.participants().responses());
        assertEquals(3.0, shown.participants().questions().get(0).mean(), "4 and 2");
        assertEquals(1, shown.participants().partnerships(Partnership.NEW));
        assertEquals(1, shown.participants().partnerships(Partnership.CONTINUED));
        assertEquals(1, shown.participants().partnerships(Partnership.NONE));
        var comments = shown.participants().questions().get(2).comments();
        assertEquals(anneName(), comments.stream()
                .filter(c -> c.text().startsWith("Læsevenner")).findFirst().orElseThrow().author(), "Anne allowed her name");
        assertNull(comments.stream().filter(c -> c.text().equals("Vi nåede det ikke")).findFirst().orElseThrow().author(),
                "Bo did not");
        assertFalse(shown.leaders().shown(), "no leader has answered");

        int year = LocalDate.now().minusWeeks(13).getYear();
        int half = LocalDate.now().minusWeeks(13).getMonthValue() <= 6 ? 1 : 2;
        var figures = asConsultant.call(() -> semesterReports.report(year, half, DANISH)).courses().stream()
                .filter(c -> c.code().equals(course.code())).findFirst().orElseThrow();
        assertEquals(3, figures.followUpsAnswered());
        assertEquals(2, figures.partnerships());
        assertEquals(2 / 3.0, figures.partnershipRate(), 0.001);

        FollowUpReport report = asConsultant.call(() -> reports.report(DANISH));
        assertTrue(report.byMunicipality().stream().anyMatch(m -> m.name().equals("Testkommune") && m.responses() >= 2),
                report.byMunicipality().toString());
        assertTrue(report.byTheme().stream().anyMatch(t -> t.name().equals("Testtema") && t.shown()), report.byTheme().toString());
    }
}
