package dk.samspil.it;

import dk.samspil.development.boundary.CoverageNotFoundException;
import dk.samspil.development.boundary.GoalNotFoundException;
import dk.samspil.development.boundary.GoalRow;
import dk.samspil.development.boundary.Goals;
import dk.samspil.development.boundary.StaffOverview;
import dk.samspil.development.boundary.StaffPage;
import dk.samspil.development.boundary.StaffQuery;
import dk.samspil.development.entity.GoalRefusedException;
import dk.samspil.development.entity.GoalStatus;
import dk.samspil.people.entity.JobFunction;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Goals between a leader and their staff, and the leader's staff table: own institutions only, figures in SQL. */
class GoalsIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(GoalsIT.class, AsLeader.class, AsParticipantA.class,
                AsParticipantB.class);
    }

    @Inject
    Goals goals;

    @Inject
    StaffOverview staff;

    @Inject
    AsLeader asLeader;

    @Inject
    AsParticipantA asEmployee;

    @Inject
    AsParticipantB asOther;

    private long school;
    private long employee;
    private String theme;

    @BeforeEach
    void aLeaderAndAnEmployee() {
        school = db.institution("Målskolen");
        db.employ(TestPeople.PARTICIPANT_A, school);
        db.leadAs(TestPeople.LEADER, school);
        db.login(TestPeople.PARTICIPANT_B, "PARTICIPANT");
        employee = ((Number) db.value("SELECT id FROM account WHERE email = ?", TestPeople.PARTICIPANT_A)).longValue();
        theme = db.theme();
    }

    private long themeId() {
        return ((Number) db.value("SELECT id FROM theme WHERE code = ?", theme)).longValue();
    }

    private List<GoalRow> mine() throws Exception {
        return asEmployee.call(() -> goals.findMine(DANISH));
    }

    @Test
    void aGoalIsAgreedSeenCommentedAndServedBySuggestedCourses() throws Exception {
        var course = db.course("PUBLISHED", 10, theme, LocalDate.now().plusDays(40));
        long goal = asLeader.call(() -> goals.agree(employee, "Lede et samarbejde med den lokale spejdergruppe",
                themeId(), LocalDate.now().plusMonths(6)));
        GoalRow row = mine().stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
        assertEquals(GoalStatus.OPEN, row.status());
        assertTrue(row.suggestions().stream().anyMatch(c -> c.code().equals(course.code())), row.suggestions().toString());

        asEmployee.call(() -> {
            goals.comment(goal, "Jeg starter med et møde i januar.");
            return null;
        });
        asLeader.call(() -> {
            goals.comment(goal, "Godt – vi finder tid i kalenderen.");
            goals.linkCourse(goal, course.code());
            return null;
        });
        GoalRow seen = asLeader.call(() -> goals.findPerson(employee, DANISH)).goals().stream()
                .filter(g -> g.id() == goal).findFirst().orElseThrow();
        assertEquals(2, seen.comments().size());
        assertEquals(course.code(), seen.courses().get(0).code());

        asLeader.call(() -> {
            goals.setStatus(goal, GoalStatus.ACHIEVED);
            return null;
        });
        assertEquals(GoalStatus.ACHIEVED, mine().stream().filter(g -> g.id() == goal).findFirst().orElseThrow().status());
    }

    @Test
    void badGoalsAreRefusedAndOverdueOnesShow() throws Exception {
        assertEquals("development.goal.text-required", assertThrows(GoalRefusedException.class,
                () -> asLeader.call(() -> goals.agree(employee, "  ", null, null))).messageKey());
        assertEquals("development.goal.due-past", assertThrows(GoalRefusedException.class,
                () -> asLeader.call(() -> goals.agree(employee, "Mål", null, LocalDate.now().minusDays(1)))).messageKey());
        assertEquals("development.goal.text-too-long", assertThrows(GoalRefusedException.class,
                () -> asLeader.call(() -> goals.agree(employee, "x".repeat(1001), null, null))).messageKey());
        long goal = asLeader.call(() -> goals.agree(employee, "Læse om forældresamarbejde", null,
                LocalDate.now().plusDays(5)));
        db.update("UPDATE development_goal SET due_date = CURDATE() - INTERVAL 2 DAY WHERE id = ?", goal);
        assertTrue(mine().stream().filter(g -> g.id() == goal).findFirst().orElseThrow().overdue());
        long fresh = ((Number) db.value("SELECT id FROM account WHERE email = ?",
                db.account("Ny kollega", school, "PARTICIPANT"))).longValue();
        long late = asLeader.call(() -> goals.agree(fresh, "Prøve udeskole", null, LocalDate.now().plusDays(5)));
        asLeader.call(() -> goals.agree(fresh, "Uden frist", null, null));
        db.update("UPDATE development_goal SET due_date = CURDATE() - INTERVAL 1 DAY WHERE id = ?", late);
        StaffPage page = asLeader.call(() -> staff.findMyStaff(new StaffQuery(school, null, null, "Ny kollega", "name", 0), DANISH));
        var row = page.rows().stream().filter(r -> r.id() == fresh).findFirst().orElseThrow();
        assertEquals(2, row.openGoals());
        assertEquals(1, row.overdueGoals());
    }

    @Test
    void theStaffTableCountsCoursesInProgressAndWaitingEnrolmentsApart() throws Exception {
        String email = db.account("Travl kollega", school, "PARTICIPANT");
        long person = ((Number) db.value("SELECT id FROM account WHERE email = ?", email)).longValue();
        db.enrol(db.course("PUBLISHED", 10), email, "CONFIRMED");
        var lastSpring = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusMonths(8));
        db.enrol(lastSpring, email, "CONFIRMED");
        db.enrol(db.course("PUBLISHED", 10), email, "WAITLISTED");
        db.enrol(db.course("PUBLISHED", 10), email, "AWAITING_APPROVAL");
        db.enrol(db.course("PUBLISHED", 10), email, "WITHDRAWN");

        StaffPage page = asLeader.call(() -> staff.findMyStaff(new StaffQuery(school, null, null, "Travl kollega", "name", 0), DANISH));
        var row = page.rows().stream().filter(r -> r.id() == person).findFirst().orElseThrow();
        assertEquals(1, row.coursesInProgress(), "last spring's course has ended; the waiting list is not a course in progress");
        assertEquals(2, row.waitingEnrolments(), "in line and awaiting approval; a withdrawal waits for nothing");
    }

    @Test
    void nobodyReachesAnotherInstitutionsStaffOrGoals() throws Exception {
        long otherSchool = db.institution("Fremmedskolen");
        long stranger = ((Number) db.value("SELECT id FROM account WHERE email = ?",
                db.account("Fremmed", otherSchool, "PARTICIPANT"))).longValue();
        assertThrows(GoalNotFoundException.class, () -> asLeader.call(() -> goals.findPerson(stranger, DANISH)));
        assertThrows(GoalNotFoundException.class, () -> asLeader.call(() -> goals.agree(stranger, "Mål", null, null)));
        long goal = asLeader.call(() -> goals.agree(employee, "Mål for A", null, null));
        assertThrows(GoalNotFoundException.class, () -> asOther.call(() -> {
            goals.comment(goal, "Ikke mit mål");
            return null;
        }));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM goal_comment WHERE goal_id = ?", goal));
        StaffPage page = asLeader.call(() -> staff.findMyStaff(new StaffQuery(null, null, null, "Fremmed", "name", 0), DANISH));
        assertTrue(page.rows().stream().noneMatch(r -> r.id() == stranger), "another school's staff is never listed");
        assertThrows(CoverageNotFoundException.class, () -> asLeader.call(() -> staff.findMyStaff(
                new StaffQuery(otherSchool, null, null, null, "name", 0), DANISH)), "asking for it by id is not found");
        assertThrows(GoalNotFoundException.class,
                () -> asLeader.call(() -> goals.findPerson(((Number) db.value("SELECT id FROM account WHERE email = ?",
                        TestPeople.LEADER)).longValue(), DANISH)), "not even the leader themselves as staff");
    }

    @Test
    void theStaffTableFiltersAndCostsTheSameStatementsForFewOrMany() throws Exception {
        long few = statementsOf(this::staffPage);
        for (int i = 0; i < 12; i++) {
            String email = db.account("Pædagog " + i, school, "PARTICIPANT");
            db.update("UPDATE account SET job_function = 'PEDAGOGUE' WHERE email = ?", email);
            var course = db.course("PUBLISHED", 10);
            db.enrol(course, email, i % 2 == 0 ? "COMPLETED" : "CONFIRMED");
            long id = ((Number) db.value("SELECT id FROM account WHERE email = ?", email)).longValue();
            asLeader.call(() -> goals.agree(id, "Mål", null, null));
        }
        assertEquals(few, statementsOf(this::staffPage), "no statement per person");
        long overhead = statementsOf(() -> call(() -> asLeader.call(() -> null)));
        assertTrue(few - overhead <= 8, "dashboard with charts: " + (few - overhead) + " statements");

        StaffPage pedagogues = asLeader.call(() -> staff.findMyStaff(new StaffQuery(school, JobFunction.PEDAGOGUE, null, null,
                "name", 0), DANISH));
        assertEquals(12, pedagogues.total());
        assertEquals(30, pedagogues.rows().stream().mapToLong(r -> r.ectsTotal()).sum(), "six completed 5-ECTS courses");
        assertEquals(12, pedagogues.rows().stream().mapToLong(r -> r.openGoals()).sum());
        assertEquals(12, asLeader.call(() -> staff.findMyStaff(new StaffQuery(school, JobFunction.PEDAGOGUE, "test-theme",
                null, "name", 0), DANISH)).total(), "everyone took a course on the test theme");
        String untaken = db.theme();
        assertEquals(0, asLeader.call(() -> staff.findMyStaff(new StaffQuery(school, null, untaken, null, "name", 0), DANISH))
                .total());
        StaffPage search = asLeader.call(() -> staff.findMyStaff(new StaffQuery(school, null, null, "pædagog 1", "name", 0), DANISH));
        assertEquals(List.of("Pædagog 1", "Pædagog 10", "Pædagog 11"),
                search.rows().stream().map(r -> r.displayName()).toList());
    }

    private void staffPage() {
        call(() -> asLeader.call(() -> staff.findMyStaff(new StaffQuery(school, null, null, null, "name", 0), DANISH)));
    }

    private static void call(Callable<?> work) {
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
