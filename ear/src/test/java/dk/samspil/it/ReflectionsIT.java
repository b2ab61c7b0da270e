package dk.samspil.it;

import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.enrolment.boundary.Attendances;
import dk.samspil.enrolment.boundary.Certificates;
import dk.samspil.enrolment.boundary.CourseEnrolments;
import dk.samspil.enrolment.boundary.EnrolmentNotFoundException;
import dk.samspil.enrolment.entity.AttendanceStatus;
import dk.samspil.reflection.boundary.Draft;
import dk.samspil.reflection.boundary.MyReflections;
import dk.samspil.reflection.boundary.ReflectionNotFoundException;
import dk.samspil.reflection.boundary.SharedReflections;
import dk.samspil.reflection.entity.Audience;
import dk.samspil.reflection.entity.ReflectionRefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may read a reflection, role by role and share by share; the read log; feedback; and completion
 * with its certificate, from attendance and required reflections to the public verification.
 */
class ReflectionsIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ReflectionsIT.class, AsParticipantA.class, AsParticipantB.class,
                AsLeader.class, AsPlanner.class, AsPartnerA.class);
    }

    @Inject
    MyReflections mine;

    @Inject
    SharedReflections shared;

    @Inject
    Attendances attendances;

    @Inject
    CourseEnrolments courseEnrolments;

    @Inject
    CoursePlanning planning;

    @Inject
    Certificates certificates;

    @Inject
    AsParticipantA asAuthor;

    @Inject
    AsParticipantB asClassmate;

    @Inject
    AsLeader asLeader;

    @Inject
    AsPlanner asConsultant;

    @Inject
    AsPartnerA asFacilitator;

    private TestDatabase.Course course;
    private long reflectionId;

    /**
     * The author works at a school the leader leads; the consultant runs the course, a partner's
     * contact facilitates its session; the author and a classmate are seated on it.
     */
    @BeforeEach
    void courseWithItsPeople() {
        long school = db.institution("Fjordskolen");
        db.employ(TestPeople.PARTICIPANT_A, school);
        db.update("UPDATE account SET display_name = 'Åse Ærø Østergaard' WHERE email = ?", TestPeople.PARTICIPANT_A);
        db.leadAs(TestPeople.LEADER, school);
        db.login(TestPeople.PARTICIPANT_B, "PARTICIPANT");
        db.login(TestPeople.PLANNER, "CONSULTANT");
        db.partnerLogin(TestPeople.PARTNER_A);
        course = db.course("PUBLISHED", 10);
        db.set(course, "consultant_id = (SELECT id FROM account WHERE email = '" + TestPeople.PLANNER + "')");
        db.update("""
                INSERT INTO session_facilitator (session_id, account_id)
                SELECT s.id, a.id FROM course_session s, account a WHERE s.module_id = ? AND a.email = ?""",
                course.moduleId(), TestPeople.PARTNER_A);
        db.enrol(course, TestPeople.PARTICIPANT_A, "CONFIRMED");
        db.enrol(course, TestPeople.PARTICIPANT_B, "CONFIRMED");
    }

    private void writeAndSubmit(String html) throws Exception {
        asAuthor.call(() -> {
            Draft draft = mine.open(course.moduleId(), DANISH);
            mine.submit(course.moduleId(), html, draft.version());
            return null;
        });
        reflectionId = ((Number) db.value("""
                SELECT r.id FROM reflection r JOIN account a ON a.id = r.author_id
                WHERE r.module_id = ? AND a.email = ?""", course.moduleId(), TestPeople.PARTICIPANT_A)).longValue();
    }

    private void share(Audience audience) throws Exception {
        asAuthor.call(() -> {
            mine.share(course.moduleId(), audience);
            return null;
        });
    }

    private boolean reads(Callable<Object> as) {
        try {
            as.call();
            return true;
        } catch (ReflectionNotFoundException notShared) {
            return false;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private boolean leaderReads() {
        return reads(() -> asLeader.call(() -> shared.read(reflectionId, DANISH)));
    }

    private boolean consultantReads() {
        return reads(() -> asConsultant.call(() -> shared.read(reflectionId, DANISH)));
    }

    private boolean facilitatorReads() {
        return reads(() -> asFacilitator.call(() -> shared.read(reflectionId, DANISH)));
    }

    private boolean classmateReads() {
        return reads(() -> asClassmate.call(() -> shared.read(reflectionId, DANISH)));
    }

    @Test
    void eachAudienceReadsExactlyWhatWasSharedWithIt() throws Exception {
        writeAndSubmit("<p>Samarbejdet med spejderne</p>");
        assertEquals(List.of(false, false, false, false),
                List.of(leaderReads(), consultantReads(), facilitatorReads(), classmateReads()), "private by default");

        share(Audience.LEADERS);
        assertEquals(List.of(true, false, false, false),
                List.of(leaderReads(), consultantReads(), facilitatorReads(), classmateReads()));
        assertEquals(1, asLeader.call(() -> shared.findFromMyStaff(DANISH)).stream()
                .filter(row -> row.id() == reflectionId).count());

        share(Audience.COURSE_TEAM);
        assertEquals(List.of(true, true, true, false),
                List.of(leaderReads(), consultantReads(), facilitatorReads(), classmateReads()));

        share(Audience.COHORT);
        assertTrue(classmateReads());
        assertEquals(1, asClassmate.call(() -> shared.findOnCourse(course.code(), DANISH)).size());

        withdraw(TestPeople.PARTICIPANT_B);
        assertFalse(classmateReads(), "leaving the course leaves the cohort");
        assertThrows(ReflectionNotFoundException.class,
                () -> asClassmate.call(() -> shared.findOnCourse(course.code(), DANISH)));
        assertThrows(ReflectionNotFoundException.class,
                () -> asClassmate.call(() -> mine.open(course.moduleId(), DANISH)), "nor can they write on it");
    }

    @Test
    void everyReadIsLoggedAndTheAuthorSeesWhoReadIt() throws Exception {
        writeAndSubmit("<p>Tekst</p>");
        share(Audience.LEADERS);
        asLeader.call(() -> shared.read(reflectionId, DANISH));
        asLeader.call(() -> shared.read(reflectionId, DANISH));
        asAuthor.call(() -> mine.open(course.moduleId(), DANISH));

        assertEquals(2L, db.value("SELECT COUNT(*) FROM reflection_read WHERE reflection_id = ?", reflectionId),
                "two reads by the leader; the author's own are not logged");
        assertEquals(2L, db.value("""
                SELECT COUNT(*) FROM access_log l JOIN account s ON s.id = l.subject_id JOIN account r ON r.id = l.reader_id
                WHERE s.email = ? AND r.email = ? AND l.kind = 'REFLECTION' AND l.what LIKE ?""",
                TestPeople.PARTICIPANT_A, TestPeople.LEADER, course.code() + " · %"), "both in the author's access log");
        Draft seen = asAuthor.call(() -> mine.open(course.moduleId(), DANISH));
        assertEquals("Test LEADER", seen.reads().get(0).reader());
        assertEquals(Audience.LEADERS, seen.reads().get(0).audience());
    }

    @Test
    void aRevokedShareEndsAccessAtOnce() throws Exception {
        writeAndSubmit("<p>Tekst</p>");
        share(Audience.LEADERS);
        assertTrue(leaderReads());
        asAuthor.call(() -> {
            mine.revoke(course.moduleId(), Audience.LEADERS);
            return null;
        });
        assertFalse(leaderReads());
        assertTrue(asLeader.call(() -> shared.findFromMyStaff(DANISH)).stream().noneMatch(r -> r.id() == reflectionId));
    }

    @Test
    void readersNeverSeeADraftOnlyTheSubmittedVersion() throws Exception {
        asAuthor.call(() -> mine.save(course.moduleId(), "<p>Kun en kladde</p>", -1));
        asAuthor.call(() -> {
            mine.share(course.moduleId(), Audience.LEADERS);
            return null;
        });
        reflectionId = ((Number) db.value("SELECT id FROM reflection WHERE module_id = ?", course.moduleId())).longValue();
        assertFalse(leaderReads(), "a draft is not readable even when shared");

        long version = asAuthor.call(() -> mine.open(course.moduleId(), DANISH)).version();
        asAuthor.call(() -> mine.submit(course.moduleId(), "<p>Indsendt</p>", version));
        long later = asAuthor.call(() -> mine.open(course.moduleId(), DANISH)).version();
        asAuthor.call(() -> mine.save(course.moduleId(), "<p>Ny halvfærdig tanke</p>", later));
        assertEquals("<p>Indsendt</p>", asLeader.call(() -> shared.read(reflectionId, DANISH)).body());
    }

    @Test
    void unsafeTextIsCleanedAndAnOverlongOneChangesNothing() throws Exception {
        var saved = asAuthor.call(() -> mine.save(course.moduleId(),
                "<p onmouseover=\"steal()\">Hej<script>alert(1)</script><img src=\"x\"></p>", -1));
        assertTrue(saved.cleaned());
        assertEquals("<p>Hej</p>", db.value("SELECT body FROM reflection WHERE module_id = ?", course.moduleId()));

        String tooLong = "<p>" + "å".repeat(20_001) + "</p>";
        assertEquals("reflection.write.too-long", assertThrows(ReflectionRefusedException.class,
                () -> asAuthor.call(() -> mine.save(course.moduleId(), tooLong, saved.version()))).messageKey());
        assertEquals("<p>Hej</p>", db.value("SELECT body FROM reflection WHERE module_id = ?", course.moduleId()));
        assertEquals("reflection.write.changed", assertThrows(ReflectionRefusedException.class,
                () -> asAuthor.call(() -> mine.save(course.moduleId(), "<p>Gammel fane</p>", saved.version() - 1)))
                .messageKey(), "an older page does not overwrite a newer save");
    }

    @Test
    void aGuessedIdOrModuleShowsNothing() throws Exception {
        writeAndSubmit("<p>Privat</p>");
        assertThrows(ReflectionNotFoundException.class, () -> asClassmate.call(() -> shared.read(reflectionId, DANISH)));
        assertThrows(ReflectionNotFoundException.class, () -> asLeader.call(() -> shared.read(Long.MAX_VALUE, DANISH)));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM reflection_read WHERE reflection_id = ?", reflectionId));
        var otherCourse = db.course("PUBLISHED", 10);
        assertThrows(ReflectionNotFoundException.class,
                () -> asAuthor.call(() -> mine.save(otherCourse.moduleId(), "<p>Ikke mit kursus</p>", -1)));
        assertEquals(0L, db.value("SELECT COUNT(*) FROM reflection WHERE module_id = ?", otherCourse.moduleId()));
    }

    @Test
    void anAuthorWhoLeftTheCourseStillRevokesButNoLongerWrites() throws Exception {
        writeAndSubmit("<p>Tekst</p>");
        share(Audience.LEADERS);
        withdraw(TestPeople.PARTICIPANT_A);
        Draft left = asAuthor.call(() -> mine.open(course.moduleId(), DANISH));
        assertFalse(left.writable());
        assertThrows(ReflectionNotFoundException.class,
                () -> asAuthor.call(() -> mine.save(course.moduleId(), "<p>Ny</p>", left.version())));
        asAuthor.call(() -> {
            mine.revoke(course.moduleId(), Audience.LEADERS);
            return null;
        });
        assertFalse(leaderReads());
    }

    @Test
    void theCourseTeamsFeedbackIsForTheAuthorAndTheTeamOnly() throws Exception {
        writeAndSubmit("<p>Tekst</p>");
        share(Audience.COURSE_TEAM);
        share(Audience.LEADERS);
        asFacilitator.call(() -> {
            shared.giveFeedback(reflectionId, "Husk forældrene.");
            return null;
        });
        assertEquals(1, asConsultant.call(() -> shared.read(reflectionId, DANISH)).feedback().size());
        assertTrue(asLeader.call(() -> shared.read(reflectionId, DANISH)).feedback().isEmpty(),
                "the employer never sees the course team's assessment");
        assertFalse(asLeader.call(() -> shared.read(reflectionId, DANISH)).canGiveFeedback());
    }

    @Test
    void theCourseTeamsFeedbackReachesTheAuthor() throws Exception {
        writeAndSubmit("<p>Tekst</p>");
        share(Audience.COURSE_TEAM);
        share(Audience.LEADERS);
        asConsultant.call(() -> {
            shared.giveFeedback(reflectionId, "Godt set – prøv at inddrage forældrene.");
            return null;
        });
        assertEquals("Godt set – prøv at inddrage forældrene.",
                asAuthor.call(() -> mine.open(course.moduleId(), DANISH)).feedback().get(0).body());
        assertEquals(1L, db.value("""
                SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.recipient_id
                WHERE a.email = ? AND n.kind = 'FEEDBACK' AND n.course_id = ?""", TestPeople.PARTICIPANT_A, course.id()));
        assertThrows(EJBAccessException.class, () -> asLeader.call(() -> {
            shared.giveFeedback(reflectionId, "Lederen må ikke");
            return null;
        }));
        assertThrows(ReflectionRefusedException.class, () -> asFacilitator.call(() -> {
            shared.giveFeedback(reflectionId, "  ");
            return null;
        }));
        assertEquals(1L, db.value("SELECT COUNT(*) FROM reflection_feedback WHERE reflection_id = ?", reflectionId));
    }

    @Test
    void attendanceAndTheRequiredReflectionCompleteTheCourseWithAVerifiableCertificate() throws Exception {
        db.set(course, "min_attendance_percent = 100, first_session_at = NOW() - INTERVAL 7 HOUR, "
                + "last_session_at = NOW() - INTERVAL 1 HOUR");
        db.update("UPDATE course_module SET reflection_required = TRUE WHERE id = ?", course.moduleId());
        long session = ((Number) db.value("SELECT id FROM course_session WHERE module_id = ?", course.moduleId())).longValue();
        long enrolment = enrolmentOf(TestPeople.PARTICIPANT_A);
        asConsultant.call(() -> {
            attendances.register(session, Map.of(enrolment, AttendanceStatus.PRESENT));
            return null;
        });
        assertEquals("CONFIRMED", statusOf(enrolment), "the required reflection is still missing");
        assertThrows(EnrolmentNotFoundException.class, () -> asAuthor.call(() -> certificates.pdf(course.code(), "x")));

        writeAndSubmit("<p>Min refleksion</p>");
        assertEquals("COMPLETED", statusOf(enrolment));
        String code = (String) db.value("SELECT code FROM certificate WHERE enrolment_id = ?", enrolment);
        var genuine = certificates.verify(code.toLowerCase(Locale.ROOT).replace("-", " "));
        assertTrue(genuine.genuine());
        assertEquals("Åse Ærø Østergaard", genuine.participant());
        assertFalse(certificates.verify("AAAA-BBBB-CCCC").genuine());

        byte[] pdf = asAuthor.call(() -> certificates.pdf(course.code(), "https://samspil.example/verify.xhtml"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII), "its text is read in CertificatePageIT");

        asConsultant.call(() -> {
            courseEnrolments.reopen(enrolment, "Fremmødet var registreret forkert");
            return null;
        });
        assertTrue(certificates.verify(code).revoked());
        assertEquals(null, certificates.verify(code).participant(), "a revoked certificate names nobody");
        assertEquals("CONFIRMED", statusOf(enrolment));
        asConsultant.call(() -> {
            attendances.register(session, Map.of(enrolment, AttendanceStatus.PRESENT));
            return null;
        });
        assertEquals("CONFIRMED", statusOf(enrolment), "the rule never overturns the consultant's decision");
        asConsultant.call(() -> {
            courseEnrolments.completeOnBehalf(enrolment, "Tilsvarende opgave afleveret");
            return null;
        });
        assertTrue(certificates.verify(code).genuine(), "the same code is valid again");
        assertEquals(2L, db.value("SELECT COUNT(*) FROM enrolment_event WHERE enrolment_id = ?", enrolment));
    }

    @Test
    void closingTheCourseCompletesThoseWhoMeetTheRule() throws Exception {
        var ended = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusDays(1));
        db.set(ended, "consultant_id = (SELECT id FROM account WHERE email = '" + TestPeople.PLANNER + "'), "
                + "min_attendance_percent = 0, registration_deadline = CURDATE() - INTERVAL 5 DAY");
        db.enrol(ended, TestPeople.PARTICIPANT_A, "CONFIRMED");
        long version = ((Number) db.value("SELECT version FROM course WHERE id = ?", ended.id())).longValue();
        asConsultant.call(() -> {
            planning.complete(ended.code(), version);
            return null;
        });
        assertEquals(1L, db.value("""
                SELECT COUNT(*) FROM enrolment e JOIN certificate c ON c.enrolment_id = e.id
                WHERE e.course_id = ? AND e.status = 'COMPLETED'""", ended.id()));
    }

    @Test
    void theLeadersListCostsTheSameStatementsForOneReflectionOrMany() throws Exception {
        long school = ((Number) db.value("SELECT institution_id FROM account WHERE email = ?",
                TestPeople.PARTICIPANT_A)).longValue();
        sharedWithLeaderBy(db.account("Kollega 1", school, "PARTICIPANT"));
        long one = statementsOf(() -> call(() -> asLeader.call(() -> shared.findFromMyStaff(DANISH))));
        for (int i = 2; i <= 6; i++) {
            sharedWithLeaderBy(db.account("Kollega " + i, school, "PARTICIPANT"));
        }
        long six = statementsOf(() -> call(() -> asLeader.call(() -> shared.findFromMyStaff(DANISH))));
        assertEquals(one, six, "no statement per reflection");
    }

    private void sharedWithLeaderBy(String email) {
        db.update("""
                INSERT INTO reflection (author_id, module_id, body, status, created_at, updated_at, submitted_at)
                SELECT id, ?, '<p>Delt</p>', 'SUBMITTED', NOW(), NOW(), NOW() FROM account WHERE email = ?""",
                course.moduleId(), email);
        db.update("""
                INSERT INTO reflection_share (reflection_id, audience)
                SELECT r.id, 'LEADERS' FROM reflection r JOIN account a ON a.id = r.author_id WHERE a.email = ?""", email);
    }

    private static void call(Callable<?> work) {
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void withdraw(String email) {
        db.update("UPDATE enrolment SET status = 'WITHDRAWN' WHERE id = ?", enrolmentOf(email));
    }

    private long enrolmentOf(String email) {
        return ((Number) db.value("""
                SELECT e.id FROM enrolment e JOIN account a ON a.id = e.account_id WHERE e.course_id = ? AND a.email = ?""",
                course.id(), email)).longValue();
    }

    private String statusOf(long enrolment) {
        return (String) db.value("SELECT status FROM enrolment WHERE id = ?", enrolment);
    }
}
