package dk.samspil.it;

import dk.samspil.people.entity.PartnerKind;
import dk.samspil.reporting.boundary.ReportRefusedException;
import dk.samspil.reporting.boundary.SemesterReport;
import dk.samspil.reporting.boundary.SemesterReports;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The semester report's figures, worked out from rows made for it in a semester no other test uses. */
class ReportsIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ReportsIT.class, AsPlanner.class, AsParticipantA.class);
    }

    @Inject
    SemesterReports reports;

    @Inject
    AsPlanner asConsultant;

    @Inject
    AsParticipantA asParticipant;

    @Test
    void aSemestersFiguresByCourseThemeMunicipalityAndPartnerKind() throws Exception {
        db.login(TestPeople.PLANNER, "CONSULTANT");
        int year = 2060 + (int) (System.nanoTime() % 30);
        LocalDate day = LocalDate.of(year, 9, 1);
        String theme = db.theme();
        var full = db.course("PUBLISHED", 10, theme, day);
        var cancelled = db.course("PUBLISHED", 8, theme, day.plusDays(7));
        db.set(cancelled, "status = 'CANCELLED', cancellation_reason = 'For få'");
        for (String status : new String[] {"CONFIRMED", "CONFIRMED", "CONFIRMED", "COMPLETED", "WAITLISTED", "WAITLISTED"}) {
            db.enrol(full, db.account("Deltager", null, "PARTICIPANT"), status);
        }
        long session = ((Number) db.value("SELECT id FROM course_session WHERE module_id = ?", full.moduleId())).longValue();
        db.update("""
                INSERT INTO attendance (session_id, enrolment_id, status, registered_by, registered_at)
                SELECT ?, e.id, IF(ROW_NUMBER() OVER (ORDER BY e.id) = 1, 'ABSENT', 'PRESENT'),
                       (SELECT id FROM account WHERE email = ?), NOW()
                FROM enrolment e WHERE e.course_id = ? AND e.status IN ('CONFIRMED', 'COMPLETED')""",
                session, TestPeople.PLANNER, full.id());
        long association = ((Number) db.value("SELECT id FROM partner_organisation WHERE name = ?",
                db.partner(full, "CO_DESIGNER"))).longValue();
        db.update("UPDATE partner_organisation SET kind = 'ASSOCIATION' WHERE id = ?", association);
        db.link(cancelled, association, "HOST", null);

        SemesterReport report = asConsultant.call(() -> reports.report(year, 2, DANISH));
        assertEquals(2, report.total().courses());
        assertEquals(1, report.total().cancelled());
        assertEquals(10, report.total().seats(), "a cancelled course's seats are not counted as empty ones");
        assertEquals(4, report.total().seated());
        assertEquals(2, report.total().waitlisted());
        assertEquals(0.25, report.total().completionRate());
        assertEquals(0.75, report.total().attendanceRate());
        assertEquals(0.4, report.courses().get(0).fillRate());
        assertEquals(1, report.byTheme().size());
        var partners = report.partners().stream().filter(p -> p.kind() == PartnerKind.ASSOCIATION).findFirst().orElseThrow();
        assertEquals(1, partners.organisations());
        assertEquals(1, partners.coDesigners());
        assertEquals(1, partners.coCreatedCourses());

        assertThrows(ReportRefusedException.class, () -> asConsultant.call(() -> reports.report(year, 3, DANISH)));
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> reports.report(year, 2, DANISH)));
    }
}
