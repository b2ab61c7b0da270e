package dk.samspil.development.boundary;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.development.boundary.CoverageRows.AssignmentRow;
import dk.samspil.development.boundary.CoverageRows.CompetenceRow;
import dk.samspil.development.boundary.CoverageRows.CourseLink;
import dk.samspil.development.boundary.CoverageRows.GapRow;
import dk.samspil.development.boundary.CoverageRows.MunicipalityCoverage;
import dk.samspil.development.boundary.CoverageRows.Option;
import dk.samspil.development.boundary.CoverageRows.PlannedRow;
import dk.samspil.development.boundary.CoverageRows.Result;
import dk.samspil.development.boundary.CoverageRows.SchoolCoverage;
import dk.samspil.development.boundary.CoverageRows.SchoolRow;
import dk.samspil.development.boundary.CoverageRows.SubjectRow;
import dk.samspil.development.entity.CompetenceBasis;
import dk.samspil.development.entity.Coverage;
import dk.samspil.development.entity.CoveragePlan;
import dk.samspil.development.entity.CoverageRefusedException;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.InstitutionKind;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.NativeRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Competence coverage for the leaders of schools: the plan (classes per grade, guideline lessons
 * per subject and grade), who teaches what, who has competence in what, and the result with its
 * gaps and the published courses that address them. A leader works only on the schools they lead;
 * a leader of a municipal administration sees the municipality's schools together. The figures
 * are aggregated in SQL: a school's view takes ten statements, the municipality's three, however
 * many teachers and lessons there are.
 */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class CompetenceCoverage {

    private static final System.Logger LOG = System.getLogger(CompetenceCoverage.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** The school's coverage; {@code institutionId} null means the first school the caller leads. */
    public SchoolCoverage findForSchool(Long institutionId, int schoolYear, Locale locale) {
        int year = CoveragePlan.schoolYear(schoolYear);
        List<Object[]> institutions = myInstitutions();
        List<Option> schools = schoolsOf(institutions);
        Option school = schools.stream().filter(s -> institutionId == null || s.id() == institutionId).findFirst()
                .orElseThrow(() -> refused(institutionId));
        Map<Long, String> subjects = subjectNames(locale);
        Map<Integer, Integer> classes = new TreeMap<>();
        for (int grade = 0; grade <= CoveragePlan.MAX_GRADE; grade++) {
            classes.put(grade, 0);
        }
        NativeRows.of(em, "SELECT grade, classes FROM school_classes WHERE institution_id = ? AND school_year = ?",
                        school.id(), year)
                .forEach(row -> classes.put(number(row[0]).intValue(), number(row[1]).intValue()));
        List<PlannedRow> planned = NativeRows.of(em, """
                        SELECT p.subject_id, p.grade, p.lessons_per_class, COALESCE(c.classes, 0) * p.lessons_per_class
                        FROM planned_lessons p LEFT JOIN school_classes c ON c.institution_id = p.institution_id
                             AND c.school_year = p.school_year AND c.grade = p.grade
                        WHERE p.institution_id = ? AND p.school_year = ? ORDER BY p.subject_id, p.grade""", school.id(), year)
                .stream()
                .map(r -> new PlannedRow(number(r[0]).longValue(), subjects.get(number(r[0]).longValue()),
                        number(r[1]).intValue(), number(r[2]).intValue(), number(r[3]).longValue()))
                .toList();
        List<Object[]> taught = NativeRows.of(em, """
                        SELECT t.id, a.display_name, t.subject_id, t.grade, t.lessons,
                               tc.id IS NOT NULL AND a.active = TRUE AND a.institution_id = t.institution_id
                        FROM teaching_assignment t JOIN account a ON a.id = t.account_id
                        LEFT JOIN teaching_competence tc ON tc.account_id = t.account_id AND tc.subject_id = t.subject_id
                        WHERE t.institution_id = ? AND t.school_year = ? ORDER BY t.subject_id, t.grade, a.display_name""",
                school.id(), year);
        List<AssignmentRow> assignments = taught.stream()
                .map(r -> new AssignmentRow(number(r[0]).longValue(), (String) r[1], subjects.get(number(r[2]).longValue()),
                        number(r[3]).intValue(), number(r[4]).intValue(), number(r[5]).intValue() == 1))
                .toList();
        List<CompetenceRow> competences = NativeRows.of(em, """
                        SELECT tc.id, a.display_name, tc.subject_id, tc.basis, tc.note, c.title_da
                        FROM teaching_competence tc JOIN account a ON a.id = tc.account_id
                        LEFT JOIN enrolment e ON e.id = tc.evidence_enrolment_id LEFT JOIN course c ON c.id = e.course_id
                        WHERE a.institution_id = ? AND a.active = TRUE ORDER BY a.display_name, tc.subject_id""", school.id())
                .stream()
                .map(r -> new CompetenceRow(number(r[0]).longValue(), (String) r[1], subjects.get(number(r[2]).longValue()),
                        CompetenceBasis.valueOf((String) r[3]), (String) r[4], (String) r[5]))
                .toList();
        List<Option> staff = em.createQuery("""
                        SELECT a.id, a.displayName FROM Account a
                        WHERE a.institution.id = :school AND a.active = TRUE ORDER BY a.displayName""", Object[].class)
                .setParameter("school", school.id())
                .getResultStream().map(r -> new Option((Long) r[0], (String) r[1])).toList();
        List<Option> evidence = NativeRows.of(em, """
                        SELECT e.id, a.display_name, c.title_da FROM enrolment e JOIN account a ON a.id = e.account_id
                        JOIN course c ON c.id = e.course_id
                        WHERE a.institution_id = ? AND a.active = TRUE AND e.status = 'COMPLETED'
                        ORDER BY a.display_name, c.title_da""", school.id())
                .stream().map(r -> new Option(number(r[0]).longValue(), r[1] + ": " + r[2])).toList();
        Map<String, Long> competent = new HashMap<>();
        taught.stream().filter(r -> number(r[5]).intValue() == 1)
                .forEach(r -> competent.merge(number(r[2]) + ":" + number(r[3]), number(r[4]).longValue(), Long::sum));
        Coverage coverage = Coverage.of(planned.stream()
                .map(p -> new Coverage.Cell(p.subjectId(), p.grade(), p.planned(),
                        competent.getOrDefault(p.subjectId() + ":" + p.grade(), 0L)))
                .toList());
        boolean leadsMunicipality = institutions.stream().anyMatch(r -> r[2] == InstitutionKind.ADMINISTRATION);
        return new SchoolCoverage(school.id(), school.label(), year, leadsMunicipality, schools,
                subjects.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList(), staff, evidence,
                classes,
                planned, assignments, competences, result(coverage, subjects, locale));
    }

    /** The municipality of the administration the caller leads, each school with its coverage. */
    public MunicipalityCoverage findForMunicipality(int schoolYear, Locale locale) {
        int year = CoveragePlan.schoolYear(schoolYear);
        List<Object[]> municipality = em.createQuery("""
                        SELECT i.municipality.id, i.municipality.name FROM Account l JOIN l.ledInstitutions i
                        WHERE l.email = :me AND i.kind = :administration""", Object[].class)
                .setParameter("me", callers.myEmail())
                .setParameter("administration", InstitutionKind.ADMINISTRATION)
                .setMaxResults(1)
                .getResultList();
        if (municipality.isEmpty()) {
            throw refused(null);
        }
        long municipalityId = (Long) municipality.get(0)[0];
        Map<Long, String> schools = new LinkedHashMap<>();
        Map<Long, List<Coverage.Cell>> cells = new LinkedHashMap<>();
        Map<String, Long> competent = new HashMap<>();
        NativeRows.of(em, """
                SELECT t.institution_id, t.subject_id, t.grade, SUM(t.lessons)
                FROM teaching_assignment t JOIN institution i ON i.id = t.institution_id
                JOIN teaching_competence tc ON tc.account_id = t.account_id AND tc.subject_id = t.subject_id
                JOIN account a ON a.id = t.account_id AND a.active = TRUE AND a.institution_id = t.institution_id
                WHERE i.municipality_id = ? AND t.school_year = ?
                GROUP BY t.institution_id, t.subject_id, t.grade""", municipalityId, year)
                .forEach(r -> competent.put(number(r[0]) + ":" + number(r[1]) + ":" + number(r[2]), number(r[3]).longValue()));
        NativeRows.of(em, """
                SELECT i.id, i.name, p.subject_id, p.grade, COALESCE(c.classes, 0) * p.lessons_per_class
                FROM institution i LEFT JOIN planned_lessons p ON p.institution_id = i.id AND p.school_year = ?
                LEFT JOIN school_classes c ON c.institution_id = p.institution_id AND c.school_year = p.school_year
                     AND c.grade = p.grade
                WHERE i.municipality_id = ? AND i.kind = 'SCHOOL' ORDER BY i.name, i.id""", year, municipalityId)
                .forEach(r -> {
                    long school = number(r[0]).longValue();
                    schools.put(school, (String) r[1]);
                    List<Coverage.Cell> list = cells.computeIfAbsent(school, id -> new ArrayList<>());
                    if (r[2] != null) {
                        list.add(new Coverage.Cell(number(r[2]).longValue(), number(r[3]).intValue(),
                                number(r[4]).longValue(),
                                competent.getOrDefault(school + ":" + number(r[2]) + ":" + number(r[3]), 0L)));
                    }
                });
        List<SchoolRow> rows = schools.entrySet().stream().map(e -> {
            Coverage c = Coverage.of(cells.get(e.getKey()));
            return new SchoolRow(e.getValue(), c.planned(), c.covered(), c.share(), c.meetsTarget());
        }).toList();
        Coverage total = Coverage.of(cells.values().stream().flatMap(List::stream).toList());
        return new MunicipalityCoverage((String) municipality.get(0)[1], year, rows,
                new Result(total.planned(), total.covered(), total.share(), total.meetsTarget(), List.of(), List.of()));
    }

    /** Regular classes per grade (grade → classes); grades left out keep what they had. */
    public void saveClasses(long institutionId, int schoolYear, Map<Integer, Integer> classes) {
        long school = mySchool(institutionId);
        int year = CoveragePlan.schoolYear(schoolYear);
        classes.forEach((grade, count) -> em.createNativeQuery("""
                        INSERT INTO school_classes (institution_id, school_year, grade, classes) VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE classes = VALUES(classes)""")
                .setParameter(1, school).setParameter(2, year).setParameter(3, CoveragePlan.grade(grade))
                .setParameter(4, CoveragePlan.classes(count == null ? 0 : count))
                .executeUpdate());
    }

    /** Guideline lessons per class in a subject and grade; 0 takes the subject out of that grade's plan. */
    public void planLessons(long institutionId, int schoolYear, long subjectId, int grade, int lessonsPerClass) {
        long school = mySchool(institutionId);
        int year = CoveragePlan.schoolYear(schoolYear);
        subject(subjectId);
        if (lessonsPerClass == 0) {
            em.createNativeQuery("""
                            DELETE FROM planned_lessons WHERE institution_id = ? AND school_year = ? AND subject_id = ?
                            AND grade = ?""")
                    .setParameter(1, school).setParameter(2, year).setParameter(3, subjectId)
                    .setParameter(4, CoveragePlan.grade(grade)).executeUpdate();
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO planned_lessons (institution_id, school_year, subject_id, grade, lessons_per_class)
                        VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE lessons_per_class = VALUES(lessons_per_class)""")
                .setParameter(1, school).setParameter(2, year).setParameter(3, subjectId)
                .setParameter(4, CoveragePlan.grade(grade)).setParameter(5, CoveragePlan.lessonsPerClass(lessonsPerClass))
                .executeUpdate();
    }

    /** A teacher of the school teaches so many lessons in a subject and grade (replacing what was there). */
    public void assign(long institutionId, int schoolYear, long teacherId, long subjectId, int grade, int lessons) {
        long school = mySchool(institutionId);
        staffOf(school, teacherId);
        subject(subjectId);
        em.createNativeQuery("""
                        INSERT INTO teaching_assignment (institution_id, school_year, account_id, subject_id, grade, lessons)
                        VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE lessons = VALUES(lessons)""")
                .setParameter(1, school).setParameter(2, CoveragePlan.schoolYear(schoolYear)).setParameter(3, teacherId)
                .setParameter(4, subjectId).setParameter(5, CoveragePlan.grade(grade))
                .setParameter(6, CoveragePlan.teacherLessons(lessons))
                .executeUpdate();
    }

    public void unassign(long institutionId, long assignmentId) {
        long school = mySchool(institutionId);
        if (em.createNativeQuery("DELETE FROM teaching_assignment WHERE id = ? AND institution_id = ?")
                .setParameter(1, assignmentId).setParameter(2, school).executeUpdate() == 0) {
            throw refused(assignmentId);
        }
    }

    /**
     * Records a teacher's competence in a subject: from training, or equivalent competence by the
     * leader's judgement with a note, perhaps backed by a Samspil course the teacher completed.
     */
    public void recognise(long institutionId, long teacherId, long subjectId, CompetenceBasis basis, String note,
                          Long evidenceEnrolmentId) {
        long school = mySchool(institutionId);
        staffOf(school, teacherId);
        subject(subjectId);
        String text = CoveragePlan.competenceNote(basis, note);
        if (evidenceEnrolmentId != null && NativeRows.of(em, """
                SELECT id FROM enrolment WHERE id = ? AND account_id = ? AND status = 'COMPLETED'""",
                evidenceEnrolmentId, teacherId).isEmpty()) {
            throw new CoverageRefusedException("evidence", "development.coverage.evidence-unknown");
        }
        em.createNativeQuery("""
                        INSERT INTO teaching_competence (account_id, subject_id, basis, note, evidence_enrolment_id,
                                                         assessed_by, assessed_at)
                        SELECT ?, ?, ?, ?, ?, l.id, ? FROM account l WHERE l.email = ?
                        ON DUPLICATE KEY UPDATE basis = VALUES(basis), note = VALUES(note),
                            evidence_enrolment_id = VALUES(evidence_enrolment_id), assessed_by = VALUES(assessed_by),
                            assessed_at = VALUES(assessed_at)""")
                .setParameter(1, teacherId).setParameter(2, subjectId).setParameter(3, basis.name())
                .setParameter(4, text).setParameter(5, evidenceEnrolmentId).setParameter(6, DanishTime.now())
                .setParameter(7, callers.myEmail())
                .executeUpdate();
    }

    public void withdrawCompetence(long institutionId, long competenceId) {
        long school = mySchool(institutionId);
        if (em.createNativeQuery("""
                        DELETE tc FROM teaching_competence tc JOIN account a ON a.id = tc.account_id
                        WHERE tc.id = ? AND a.institution_id = ?""")
                .setParameter(1, competenceId).setParameter(2, school).executeUpdate() == 0) {
            throw refused(competenceId);
        }
    }

    private Result result(Coverage coverage, Map<Long, String> subjects, Locale locale) {
        Set<Long> gapSubjects = coverage.gaps().stream().map(Coverage.Gap::subjectId).collect(Collectors.toSet());
        Map<Long, List<CourseLink>> courses = new HashMap<>();
        if (!gapSubjects.isEmpty()) {
            boolean english = "en".equals(locale.getLanguage());
            NativeRows.of(em, """
                    SELECT s.id, c.code, c.title_da, c.title_en FROM subject s
                    JOIN course c ON c.theme_id = s.theme_id
                    WHERE s.id IN (""" + gapSubjects.stream().map(String::valueOf).collect(Collectors.joining(",")) + """
                    ) AND c.status = ? AND c.registration_deadline >= CURDATE()
                    AND c.max_participants > (SELECT COUNT(*) FROM enrolment e WHERE e.course_id = c.id
                                              AND e.status IN ('CONFIRMED', 'OFFERED', 'COMPLETED'))
                    ORDER BY c.first_session_at, c.code""", CourseStatus.PUBLISHED.name())
                    .forEach(r -> courses.computeIfAbsent(number(r[0]).longValue(), id -> new ArrayList<>())
                            .add(new CourseLink((String) r[1], english && r[3] != null ? (String) r[3] : (String) r[2])));
        }
        return new Result(coverage.planned(), coverage.covered(), coverage.share(), coverage.meetsTarget(),
                coverage.subjects().stream().map(s -> new SubjectRow(subjects.get(s.subjectId()), s.planned(),
                        s.covered(), s.share(), s.meetsTarget())).toList(),
                coverage.gaps().stream().map(g -> new GapRow(subjects.get(g.subjectId()), g.grade(), g.uncovered(),
                        courses.getOrDefault(g.subjectId(), List.of()))).toList());
    }

    /** The institutions the caller leads, schools first by name, in one statement. */
    private List<Object[]> myInstitutions() {
        return em.createQuery("""
                        SELECT i.id, i.name, i.kind FROM Account l JOIN l.ledInstitutions i
                        WHERE l.email = :me ORDER BY i.name""", Object[].class)
                .setParameter("me", callers.myEmail())
                .getResultList();
    }

    private static List<Option> schoolsOf(List<Object[]> institutions) {
        return institutions.stream().filter(r -> r[2] == InstitutionKind.SCHOOL)
                .map(r -> new Option((Long) r[0], (String) r[1])).toList();
    }

    private long mySchool(long institutionId) {
        return schoolsOf(myInstitutions()).stream().filter(s -> s.id() == institutionId).findFirst()
                .orElseThrow(() -> refused(institutionId)).id();
    }

    private void staffOf(long school, long teacherId) {
        if (NativeRows.of(em,
                "SELECT id FROM account WHERE id = ? AND institution_id = ? AND active = TRUE AND email <> ?",
                teacherId, school, callers.myEmail()).isEmpty()) {
            throw new CoverageRefusedException("teacher", "development.coverage.not-staff");
        }
    }

    private void subject(long subjectId) {
        if (NativeRows.of(em, "SELECT id FROM subject WHERE id = ?", subjectId).isEmpty()) {
            throw new CoverageRefusedException("subject", "development.coverage.subject-unknown");
        }
    }

    private Map<Long, String> subjectNames(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<Long, String> names = new LinkedHashMap<>();
        NativeRows.of(em, "SELECT id, name_da, name_en FROM subject ORDER BY id")
                .forEach(r -> names.put(number(r[0]).longValue(), english && r[2] != null ? (String) r[2] : (String) r[1]));
        return names;
    }

    private CoverageNotFoundException refused(Object what) {
        LOG.log(System.Logger.Level.WARNING, "Leader {0} asked for coverage data of {1}, which is not theirs",
                callers.myEmail(), what);
        return new CoverageNotFoundException();
    }

    private static Number number(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : (Number) value;
    }
}
