package dk.samspil.it;

import dk.samspil.enrolment.boundary.BulkEnrolmentReport;
import dk.samspil.enrolment.boundary.BulkEnrolmentReport.Row;
import dk.samspil.enrolment.boundary.CourseEnrolments;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.shared.BusinessException;
import dk.samspil.shared.InvalidCsvException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk enrolment from a CSV file of staff: every row is checked and reported, nothing is saved by the
 * preview, and confirming enrols exactly the valid rows with the same seats and waiting list as one by one.
 */
class StaffFileIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(StaffFileIT.class, AsPlanner.class, AsParticipantA.class);
    }

    @Inject
    CourseEnrolments courseEnrolments;

    @Inject
    AsPlanner asPlanner;

    @Inject
    AsParticipantA asParticipant;

    private TestDatabase.Course course;
    private List<String> staff;
    private byte[] file;

    /**
     * Two free seats and one place in line; four new people, one already enrolled, one deactivated, and
     * rows that are blank, malformed, repeated or unknown in between.
     */
    @BeforeEach
    void courseAndFile() {
        db.login(TestPeople.PLANNER, "CONSULTANT");
        course = db.course("PUBLISHED", 3);
        db.capacity(course, 3, 1);
        staff = db.participants(6);
        db.enrol(course, staff.get(4), "CONFIRMED");
        db.deactivate(staff.get(5));
        file = csv("Navn;E-mail",
                "A;" + staff.get(0).toUpperCase(),
                "B;" + staff.get(1),
                ";",
                "Uden;",
                "Forkert;ikke-en-mail",
                "A igen;" + staff.get(0),
                "Ukendt;ukendt-" + TestDatabase.unique() + "@test.example",
                "Stoppet;" + staff.get(5),
                "Allerede;" + staff.get(4),
                "C;" + staff.get(2),
                "D;" + staff.get(3));
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    private long enrolments() {
        return ((Number) db.value("SELECT COUNT(*) FROM enrolment WHERE course_id = ?", course.id())).longValue();
    }

    @Test
    void thePreviewNamesWhatEachRowWouldBecomeAndSavesNothing() throws Exception {
        BulkEnrolmentReport report = asPlanner.call(() -> courseEnrolments.previewStaffFile(course.code(), file));

        assertFalse(report.saved());
        assertEquals(List.of(2L, 3L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), report.rows().stream().map(Row::line).toList(),
                "the blank row is skipped; lines are counted as a spreadsheet counts them");
        assertOutcomes(report);
        assertEquals(1, enrolments(), "the preview saved nothing");
        assertEquals(0L, db.value("SELECT COUNT(*) FROM notification WHERE course_id = ?", course.id()));
    }

    @Test
    void confirmingEnrolsExactlyTheValidRowsInOrder() throws Exception {
        BulkEnrolmentReport report = asPlanner.call(() -> courseEnrolments.enrolStaffFile(course.code(), file));

        assertTrue(report.saved());
        assertOutcomes(report);
        assertEquals(4, enrolments(), "the one already there, two new seats and one in line; nobody else");
        assertEquals("CONFIRMED", db.value("""
                SELECT e.status FROM enrolment e JOIN account a ON a.id = e.account_id
                WHERE e.course_id = ? AND a.email = ?""", course.id(), staff.get(0)));
        assertEquals(1L, db.value("""
                SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.recipient_id
                WHERE n.course_id = ? AND a.email = ? AND n.kind = 'CONFIRMED'""", course.id(), staff.get(1)));
    }

    private void assertOutcomes(BulkEnrolmentReport report) {
        List<Row> rows = report.rows();
        assertEquals(EnrolmentStatus.CONFIRMED, rows.get(0).status());
        assertEquals(staff.get(0), rows.get(0).email(), "addresses are matched whatever their case");
        assertEquals(EnrolmentStatus.CONFIRMED, rows.get(1).status());
        assertEquals("enrolment.bulk.email-missing", rows.get(2).problem().key());
        assertEquals("enrolment.bulk.email-invalid", rows.get(3).problem().key());
        assertEquals("enrolment.bulk.duplicate", rows.get(4).problem().key());
        assertEquals(2L, rows.get(4).problem().arguments()[0]);
        assertEquals("enrolment.bulk.unknown", rows.get(5).problem().key());
        assertEquals("enrolment.refused.inactive", rows.get(6).problem().key());
        assertEquals("enrolment.bulk.already", rows.get(7).problem().key());
        assertEquals(EnrolmentStatus.WAITLISTED, rows.get(8).status());
        assertEquals(1, rows.get(8).position());
        assertEquals("enrolment.bulk.full", rows.get(9).problem().key());
        assertNull(rows.get(9).status());
        assertEquals(3, report.accepted());
        assertEquals(7, report.rejected());
    }

    @Test
    void aFileThatIsNoTableOfStaffIsRefusedAsAWhole() {
        assertEquals("common.csv.missing-column", refusal(csv("Navn;Skole", "Anne;Fjordskolen")));
        assertEquals("common.csv.empty", refusal(csv("E-mail")));
        assertEquals("common.csv.empty", refusal(new byte[0]));
        assertEquals("common.csv.too-large", refusal(new byte[1_048_577]));
        assertEquals("common.csv.unreadable", refusal(csv("E-mail", "\"uafsluttet@test.example")));
        assertEquals(1, enrolments());
    }

    private String refusal(byte[] content) {
        return assertThrows(InvalidCsvException.class,
                () -> asPlanner.call(() -> courseEnrolments.enrolStaffFile(course.code(), content))).messageKey();
    }

    @Test
    void aCourseThatTakesNoEnrolmentsTakesNoFileEither() {
        db.set(course, "registration_deadline = CURDATE() - INTERVAL 1 DAY");
        BusinessException refused = assertThrows(EnrolmentRefusedException.class,
                () -> asPlanner.call(() -> courseEnrolments.previewStaffFile(course.code(), file)));
        assertEquals("enrolment.refused.deadline", refused.messageKey());
        assertThrows(EnrolmentRefusedException.class,
                () -> asPlanner.call(() -> courseEnrolments.enrolStaffFile(course.code(), file)));
        assertEquals(1, enrolments());
    }

    @Test
    void onlyConsultantsEnrolFromAFile() {
        assertThrows(EJBAccessException.class,
                () -> asParticipant.call(() -> courseEnrolments.enrolStaffFile(course.code(), file)));
        assertEquals(1, enrolments());
    }
}
