package dk.samspil.it;

import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.enrolment.boundary.ApprovalOutcome;
import dk.samspil.enrolment.control.OfferExpiry;
import dk.samspil.enrolment.boundary.Approvals;
import dk.samspil.enrolment.boundary.CourseEnrolments;
import dk.samspil.enrolment.boundary.EnrolmentNotFoundException;
import dk.samspil.enrolment.boundary.EnrolmentOutcome;
import dk.samspil.enrolment.boundary.Enrolments;
import dk.samspil.enrolment.boundary.MyEnrolments;
import dk.samspil.enrolment.boundary.Nominations;
import dk.samspil.enrolment.boundary.PendingApproval;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enrolment rules at the boundaries, for the participant themselves, their leader and the consultant. */
class EnrolmentsIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(EnrolmentsIT.class, AsParticipantA.class, AsLeader.class,
                AsPlanner.class);
    }

    @Inject
    Enrolments enrolments;

    @Inject
    MyEnrolments myEnrolments;

    @Inject
    Approvals approvals;

    @Inject
    CourseEnrolments courseEnrolments;

    @Inject
    CoursePlanning planning;

    @Inject
    OfferExpiry offerExpiry;

    @Inject
    Nominations nominations;

    @Inject
    AsParticipantA asTeacher;

    @Inject
    AsLeader asLeader;

    @Inject
    AsPlanner asPlanner;

    private long school;

    /** The teacher works at a fresh school that the leader leads. */
    @BeforeEach
    void teacherAndLeader() {
        school = db.institution("Fjordskolen");
        db.employ(TestPeople.PARTICIPANT_A, school);
        db.leadAs(TestPeople.LEADER, school);
        db.login(TestPeople.PLANNER, "CONSULTANT");
    }

    private EnrolmentOutcome enrol(TestDatabase.Course course) throws Exception {
        return asTeacher.call(() -> enrolments.enrol(course.code(), null));
    }

    private String refusal(TestDatabase.Course course) {
        return assertThrows(EnrolmentRefusedException.class, () -> enrol(course)).messageKey();
    }

    @Test
    void aTeacherEnrolsOnceAndIsToldTheOutcome() throws Exception {
        var course = db.course("PUBLISHED", 5);
        assertEquals(EnrolmentStatus.CONFIRMED, enrol(course).status());
        assertEquals("enrolment.refused.already", refusal(course));
        assertEquals(1L, db.value("SELECT COUNT(*) FROM enrolment WHERE course_id = ?", course.id()));
        assertEquals(EnrolmentStatus.CONFIRMED,
                asTeacher.call(() -> myEnrolments.findOn(course.code(), DANISH)).orElseThrow().status());
    }

    @Test
    void draftsCancelledCoursesAndPassedDeadlinesTakeNoEnrolments() {
        assertEquals("enrolment.refused.not-open", refusal(db.course("DRAFT", 5)));
        var cancelled = db.course("PUBLISHED", 5);
        db.set(cancelled, "status = 'CANCELLED', cancellation_reason = 'For få tilmeldte'");
        assertEquals("enrolment.refused.not-open", refusal(cancelled));
        var late = db.course("PUBLISHED", 5);
        db.set(late, "registration_deadline = CURDATE() - INTERVAL 1 DAY");
        assertEquals("enrolment.refused.deadline", refusal(late));
        assertThrows(Exception.class, () -> asTeacher.call(() -> enrolments.enrol("FINDES-IKKE", null)));
    }

    @Test
    void aFullCourseWaitlistsWithAPositionThenRefuses() throws Exception {
        var course = db.course("PUBLISHED", 1);
        db.capacity(course, 1, 2);
        db.enrol(course, db.account("Først", null, "PARTICIPANT"), "CONFIRMED");
        db.enrol(course, db.account("Anden", null, "PARTICIPANT"), "WAITLISTED");
        EnrolmentOutcome outcome = enrol(course);
        assertEquals(EnrolmentStatus.WAITLISTED, outcome.status());
        assertEquals(2, outcome.position());

        var full = db.course("PUBLISHED", 1);
        db.capacity(full, 1, 0);
        db.enrol(full, db.account("Først", null, "PARTICIPANT"), "CONFIRMED");
        assertEquals("enrolment.refused.full", refusal(full));
    }

    @Test
    void withdrawingGivesTheSeatToTheFirstInLine() throws Exception {
        var course = db.course("PUBLISHED", 1);
        db.capacity(course, 1, 5);
        enrol(course);
        String first = db.account("Første i kø", null, "PARTICIPANT");
        String second = db.account("Anden i kø", null, "PARTICIPANT");
        db.enrol(course, first, "WAITLISTED");
        db.enrol(course, second, "WAITLISTED");

        asTeacher.call(() -> { enrolments.withdraw(course.code()); return null; });

        assertEquals("CONFIRMED", statusOf(course, first));
        assertEquals("WAITLISTED", statusOf(course, second));
        assertEquals("WITHDRAWN", statusOf(course, TestPeople.PARTICIPANT_A));
    }

    @Test
    void anOfferPolicyOffersTheSeatWhichTheTeacherAccepts() throws Exception {
        var course = db.course("PUBLISHED", 1);
        db.capacity(course, 1, 5);
        db.set(course, "waiting_list_policy = 'OFFER', offer_hours = 48");
        String seated = db.account("Siddende", null, "PARTICIPANT");
        db.enrol(course, seated, "CONFIRMED");
        enrol(course);
        long seatedId = (Long) db.value("SELECT e.id FROM enrolment e JOIN account a ON a.id = e.account_id"
                + " WHERE e.course_id = ? AND a.email = ?", course.id(), seated);

        asPlanner.call(() -> { courseEnrolments.withdrawOnBehalf(seatedId, "Syg"); return null; });
        assertEquals("OFFERED", statusOf(course, TestPeople.PARTICIPANT_A));
        asTeacher.call(() -> { enrolments.acceptOffer(course.code()); return null; });
        assertEquals("CONFIRMED", statusOf(course, TestPeople.PARTICIPANT_A));
    }

    @Test
    void anOfferNotTakenInTimePassesToTheNextInLine() throws Exception {
        var course = db.course("PUBLISHED", 1);
        db.capacity(course, 1, 5);
        db.set(course, "waiting_list_policy = 'OFFER', offer_hours = 24");
        String late = db.account("For sent", null, "PARTICIPANT");
        db.enrol(course, late, "OFFERED");
        db.enrol(course, TestPeople.PARTICIPANT_A, "WAITLISTED");
        db.update("UPDATE enrolment SET offer_expires_at = NOW() - INTERVAL 1 MINUTE"
                + " WHERE course_id = ? AND status = 'OFFERED'", course.id());

        int expired = asPlanner.call(() -> offerExpiry.expireBefore(LocalDateTime.now()));

        assertTrue(expired >= 1);
        assertEquals("WITHDRAWN", statusOf(course, late));
        assertEquals("OFFERED", statusOf(course, TestPeople.PARTICIPANT_A));
    }

    @Test
    void theInstitutionCanRequireItsLeadersApprovalAndTheLeaderDecides() throws Exception {
        db.requireApproval(school);
        var course = db.course("PUBLISHED", 5);
        assertEquals(EnrolmentStatus.AWAITING_APPROVAL, enrol(course).status());

        List<PendingApproval> pending = asLeader.call(() -> approvals.findPending(DANISH));
        PendingApproval mine = pending.stream().filter(p -> p.courseCode().equals(course.code())).findFirst().orElseThrow();
        ApprovalOutcome outcome = asLeader.call(() -> approvals.approve(List.of(mine.id()), "God idé"));
        assertEquals(1, outcome.confirmed());
        assertEquals("CONFIRMED", statusOf(course, TestPeople.PARTICIPANT_A));
        assertEquals("God idé", db.value("SELECT reason FROM enrolment_event WHERE enrolment_id = ?", mine.id()));
    }

    @Test
    void aLeaderNeverDecidesForAnotherInstitutionsStaff() throws Exception {
        long otherSchool = db.institution("Bakkeskolen");
        String stranger = db.account("Fremmed", otherSchool, "PARTICIPANT");
        var course = db.course("PUBLISHED", 5);
        db.enrol(course, stranger, "AWAITING_APPROVAL");
        long theirs = (Long) db.value("SELECT e.id FROM enrolment e JOIN account a ON a.id = e.account_id"
                + " WHERE a.email = ?", stranger);

        assertTrue(asLeader.call(() -> approvals.findPending(DANISH)).stream().noneMatch(p -> p.id() == theirs));
        assertThrows(EnrolmentNotFoundException.class,
                () -> asLeader.call(() -> approvals.approve(List.of(theirs), null)));
        assertEquals("AWAITING_APPROVAL", statusOf(course, stranger));
    }

    @Test
    void aLeaderNeverApprovesTheirOwnEnrolment() throws Exception {
        db.employ(TestPeople.LEADER, school);
        var course = db.course("PUBLISHED", 5);
        db.enrol(course, TestPeople.LEADER, "AWAITING_APPROVAL");
        long own = (Long) db.value("SELECT e.id FROM enrolment e JOIN account a ON a.id = e.account_id"
                + " WHERE e.course_id = ? AND a.email = ?", course.id(), TestPeople.LEADER);

        assertTrue(asLeader.call(() -> approvals.findPending(DANISH)).stream().noneMatch(p -> p.id() == own));
        assertThrows(EnrolmentNotFoundException.class, () -> asLeader.call(() -> approvals.approve(List.of(own), null)));
        assertEquals("AWAITING_APPROVAL", statusOf(course, TestPeople.LEADER));
    }

    @Test
    void aLeaderBooksOwnStaffButNeverOthers() throws Exception {
        var course = db.course("PUBLISHED", 1);
        db.capacity(course, 1, 1);
        String colleague = db.account("Kollega", school, "PARTICIPANT");
        String third = db.account("Tredje", school, "PARTICIPANT");
        long teacherId = (Long) db.value("SELECT id FROM account WHERE email = ?", TestPeople.PARTICIPANT_A);
        long colleagueId = (Long) db.value("SELECT id FROM account WHERE email = ?", colleague);
        long thirdId = (Long) db.value("SELECT id FROM account WHERE email = ?", third);
        String stranger = db.account("Fremmed", db.institution("Andetsteds"), "PARTICIPANT");
        long strangerId = (Long) db.value("SELECT id FROM account WHERE email = ?", stranger);

        assertThrows(EnrolmentNotFoundException.class,
                () -> asLeader.call(() -> nominations.nominate(course.code(), List.of(teacherId, strangerId))));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM enrolment WHERE course_id = ?", course.id()));

        var outcome = asLeader.call(() -> nominations.nominate(course.code(), List.of(teacherId, colleagueId, thirdId)));
        assertEquals(1, outcome.confirmed());
        assertEquals(1, outcome.waitlisted());
        assertEquals(1, outcome.full().size());
        assertEquals(2L, db.value("SELECT COUNT(*) FROM notification WHERE course_id = ?", course.id()));
    }

    @Test
    void aRaisedCapacityTakesPeopleFromTheLine() throws Exception {
        var course = db.course("PUBLISHED", 1);
        db.capacity(course, 1, 5);
        db.addressTo(course, "TEACHER");
        db.enrol(course, db.account("Siddende", null, "PARTICIPANT"), "CONFIRMED");
        enrol(course);
        asPlanner.call(() -> {
            var form = planning.getPlan(course.code(), DANISH).form();
            form.setMaxParticipants(2);
            planning.revise(course.code(), planning.getPlan(course.code(), DANISH).version(), form);
            return null;
        });
        assertEquals("CONFIRMED", statusOf(course, TestPeople.PARTICIPANT_A));
    }

    @Test
    void enrollingCostsAtMostSixStatements() throws Exception {
        enrol(db.course("PUBLISHED", 5));
        Iterator<TestDatabase.Course> courses = List.of(db.course("PUBLISHED", 5), db.course("PUBLISHED", 5),
                db.course("PUBLISHED", 5)).iterator();
        // One call that issues exactly one statement tells what the pool and the measuring add.
        long overhead = statementsOf(() -> call(() -> myEnrolments.findOn("FINDES-IKKE", DANISH))) - 1;
        long statements = statementsOf(() -> call(() -> enrolments.enrol(courses.next().code(), null))) - overhead;
        assertTrue(statements <= 6, "enrolling issued " + statements + " statements");
    }

    @Test
    void onlyParticipantsEnrolThemselvesAndOnlyLeadersApprove() {
        assertThrows(EJBAccessException.class, () -> enrolments.enrol("X", null));
        assertThrows(EJBAccessException.class, () -> asTeacher.call(() -> approvals.findPending(DANISH)));
        assertThrows(EJBAccessException.class, () -> asTeacher.call(() -> courseEnrolments.findForCourse("X", DANISH)));
    }

    private void call(Callable<?> work) {
        try {
            asTeacher.call(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String statusOf(TestDatabase.Course course, String email) {
        return (String) db.value("SELECT e.status FROM enrolment e JOIN account a ON a.id = e.account_id"
                + " WHERE e.course_id = ? AND a.email = ? ORDER BY e.id DESC", course.id(), email);
    }
}
