package dk.samspil.reporting.boundary;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.PartnerRole;
import dk.samspil.catalog.entity.Semester;
import dk.samspil.followup.entity.Partnership;
import dk.samspil.followup.entity.Respondent;
import dk.samspil.people.entity.PartnerKind;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.NativeRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static dk.samspil.enrolment.entity.AttendanceStatus.PRESENT;
import static dk.samspil.enrolment.entity.EnrolmentStatus.COMPLETED;
import static dk.samspil.enrolment.entity.EnrolmentStatus.SEAT_HOLDING;
import static dk.samspil.enrolment.entity.EnrolmentStatus.WAITLISTED;
import static dk.samspil.shared.LocalizedText.pick;
import static dk.samspil.shared.NativeRows.in;

/**
 * Semester reports for consultants, in two statements whatever the number of courses: the
 * courses with their enrolment, attendance and follow-up figures, and the partners by kind. Drafts are left
 * out; cancelled courses count as cancelled.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class SemesterReports {

    @PersistenceContext
    EntityManager em;

    /** {@code half} 1 is spring (January–June), 2 autumn (July–December): a {@link Semester}. */
    public SemesterReport report(int year, int half, Locale locale) {
        Semester semester = Semester.parse(year + "-" + half)
                .orElseThrow(() -> new ReportRefusedException("reporting.semester.invalid"));
        LocalDate from = semester.from();
        LocalDate to = semester.until().minusDays(1);
        List<CourseFigures> courses = NativeRows.of(em, """
                        SELECT c.code, c.title_da, c.title_en, t.name_da, t.name_en, m.name, c.status, c.max_participants,
                               (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = c.id AND e.status IN %s),
                               (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = c.id AND e.status = ?),
                               (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = c.id AND e.status = ?),
                               (SELECT COUNT(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id
                                  WHERE e.course_id = c.id),
                               (SELECT COUNT(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id
                                  WHERE e.course_id = c.id AND a.status = ?),
                               (SELECT COUNT(*) FROM follow_up_response r JOIN follow_up f ON f.id = r.follow_up_id
                                  WHERE f.course_id = c.id AND r.respondent = ?),
                               (SELECT COUNT(*) FROM follow_up_response r JOIN follow_up f ON f.id = r.follow_up_id
                                  WHERE f.course_id = c.id AND r.respondent = ? AND r.partnership IN %s)
                        FROM course c JOIN theme t ON t.id = c.theme_id LEFT JOIN municipality m ON m.id = c.municipality_id
                        WHERE c.status <> ? AND c.period_start BETWEEN ? AND ? ORDER BY c.period_start, c.code""".formatted(in(SEAT_HOLDING), in(Partnership.EXISTING)),
                SEAT_HOLDING, WAITLISTED, COMPLETED, PRESENT, Respondent.PARTICIPANT, Respondent.PARTICIPANT,
                Partnership.EXISTING, CourseStatus.DRAFT, from, to)
                .stream()
                .map(r -> new CourseFigures((String) r[0], pick((String) r[1], (String) r[2], locale),
                        pick((String) r[3], (String) r[4], locale), (String) r[5],
                        CourseStatus.valueOf((String) r[6]), number(r[7]), number(r[8]), number(r[9]), number(r[10]),
                        number(r[11]), number(r[12]), number(r[13]), number(r[14])))
                .toList();
        List<PartnerFigures> partners = NativeRows.of(em, """
                        SELECT p.kind, COUNT(DISTINCT p.id),
                               COUNT(DISTINCT CASE WHEN cp.role = ? THEN p.id END),
                               COUNT(DISTINCT CASE WHEN cp.role = ? THEN c.id END)
                        FROM course_partner cp JOIN partner_organisation p ON p.id = cp.partner_organisation_id
                        JOIN course c ON c.id = cp.course_id
                        WHERE c.status <> ? AND c.period_start BETWEEN ? AND ? GROUP BY p.kind ORDER BY p.kind""",
                PartnerRole.CO_DESIGNER, PartnerRole.CO_DESIGNER, CourseStatus.DRAFT, from, to)
                .stream()
                .map(r -> new PartnerFigures(PartnerKind.valueOf((String) r[0]), number(r[1]), number(r[2]), number(r[3])))
                .toList();
        return new SemesterReport(year, half, from, to, courses, grouped(courses, CourseFigures::theme),
                grouped(courses, c -> c.municipality() == null ? "–" : c.municipality()), partners,
                sum("", courses));
    }

    private static List<GroupFigures> grouped(List<CourseFigures> courses, Function<CourseFigures, String> key) {
        Map<String, List<CourseFigures>> groups = new TreeMap<>(Comparator.naturalOrder());
        courses.forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return groups.entrySet().stream().map(e -> sum(e.getKey(), e.getValue())).toList();
    }

    /** Seats and seated count the courses that were held: a cancelled course is counted as cancelled only. */
    private static GroupFigures sum(String name, List<CourseFigures> courses) {
        List<CourseFigures> held = courses.stream().filter(c -> c.status() != CourseStatus.CANCELLED).toList();
        return new GroupFigures(name, courses.size(), courses.size() - held.size(),
                held.stream().mapToLong(CourseFigures::seats).sum(),
                held.stream().mapToLong(CourseFigures::seated).sum(),
                courses.stream().mapToLong(CourseFigures::waitlisted).sum(),
                courses.stream().mapToLong(CourseFigures::completed).sum(),
                courses.stream().mapToLong(CourseFigures::attendanceRegistered).sum(),
                courses.stream().mapToLong(CourseFigures::present).sum(),
                courses.stream().mapToLong(CourseFigures::followUpsAnswered).sum(),
                courses.stream().mapToLong(CourseFigures::partnerships).sum());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
