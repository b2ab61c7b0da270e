package dk.samspil.development.boundary;

import dk.samspil.development.control.CoverageQueries;
import dk.samspil.development.control.LedInstitution;
import dk.samspil.development.entity.CompetenceBasis;
import dk.samspil.development.entity.CoveragePlan;
import dk.samspil.development.entity.CoverageRefusedException;
import dk.samspil.development.entity.PlannedLessons;
import dk.samspil.development.entity.TeachingAssignment;
import dk.samspil.development.entity.TeachingCompetence;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    @Inject
    CoverageQueries queries;

    @Inject
    CoverageViews views;

    /** The school's coverage; {@code institutionId} null means the first school the caller leads. */
    public SchoolCoverage findForSchool(Long institutionId, int schoolYear, Locale locale) {
        int year = CoveragePlan.schoolYear(schoolYear);
        List<LedInstitution> led = queries.ledBy(callers.myEmail());
        Option school = CoverageViews.schoolsOf(led).stream()
                .filter(s -> institutionId == null || s.id() == institutionId).findFirst()
                .orElseThrow(() -> refused(institutionId));
        return views.school(school, year, led, locale);
    }

    /** The municipality of the administration the caller leads, each school with its coverage. */
    public MunicipalityCoverage findForMunicipality(int schoolYear, Locale locale) {
        int year = CoveragePlan.schoolYear(schoolYear);
        return views.municipality(queries.municipalityLedBy(callers.myEmail()).orElseThrow(() -> refused(null)), year);
    }

    /** Regular classes per grade (grade → classes); grades left out keep what they had. */
    public void saveClasses(long institutionId, int schoolYear, Map<Integer, Integer> classes) {
        long school = mySchool(institutionId);
        int year = CoveragePlan.schoolYear(schoolYear);
        classes.forEach((grade, count) -> queries.classesIn(school, year, grade).setClasses(count == null ? 0 : count));
    }

    /** Guideline lessons per class in a subject and grade; 0 takes the subject out of that grade's plan. */
    public void planLessons(long institutionId, int schoolYear, long subjectId, int grade, int lessonsPerClass) {
        long school = mySchool(institutionId);
        int year = CoveragePlan.schoolYear(schoolYear);
        requireSubject(subjectId);
        Optional<PlannedLessons> planned = queries.planned(school, year, subjectId, CoveragePlan.grade(grade));
        if (lessonsPerClass == 0) {
            planned.ifPresent(em::remove);
        } else {
            planned.ifPresentOrElse(p -> p.setLessonsPerClass(lessonsPerClass),
                    () -> em.persist(new PlannedLessons(school, year, subjectId, grade, lessonsPerClass)));
        }
    }

    /** A teacher of the school teaches so many lessons in a subject and grade (replacing what was there). */
    public void assign(long institutionId, int schoolYear, long teacherId, long subjectId, int grade, int lessons) {
        long school = mySchool(institutionId);
        requireStaff(school, teacherId, subjectId);
        queries.assignment(school, schoolYear, teacherId, subjectId, grade).ifPresentOrElse(a -> a.setLessons(lessons),
                () -> em.persist(new TeachingAssignment(school, schoolYear, teacherId, subjectId, grade, lessons)));
    }

    public void unassign(long institutionId, long assignmentId) {
        long school = mySchool(institutionId);
        em.remove(Optional.ofNullable(em.find(TeachingAssignment.class, assignmentId))
                .filter(a -> a.getInstitutionId() == school).orElseThrow(() -> refused(assignmentId)));
    }

    /**
     * Records a teacher's competence in a subject: from training, or equivalent competence by the
     * leader's judgement with a note, perhaps backed by a Samspil course the teacher completed.
     */
    public void recognise(long institutionId, long teacherId, long subjectId, CompetenceBasis basis, String note,
                          Long evidenceEnrolmentId) {
        long school = mySchool(institutionId);
        requireStaff(school, teacherId, subjectId);
        TeachingCompetence competence = queries.competence(teacherId, subjectId)
                .orElseGet(() -> new TeachingCompetence(teacherId, subjectId));
        competence.assess(basis, note, evidenceEnrolmentId, callers.me().getId(), DanishTime.now());
        if (evidenceEnrolmentId != null && !queries.completedBy(evidenceEnrolmentId, teacherId)) {
            throw new CoverageRefusedException("evidence", "development.coverage.evidence-unknown");
        }
        em.persist(competence);
    }

    public void withdrawCompetence(long institutionId, long competenceId) {
        long school = mySchool(institutionId);
        em.remove(queries.competenceAt(school, competenceId).orElseThrow(() -> refused(competenceId)));
    }

    private long mySchool(long institutionId) {
        return CoverageViews.schoolsOf(queries.ledBy(callers.myEmail())).stream().filter(s -> s.id() == institutionId).findFirst()
                .orElseThrow(() -> refused(institutionId)).id();
    }

    /** The teacher is other active staff of the school, and the subject is one. */
    private void requireStaff(long school, long teacherId, long subjectId) {
        if (!queries.isStaff(school, teacherId, callers.myEmail())) {
            throw new CoverageRefusedException("teacher", "development.coverage.not-staff");
        }
        requireSubject(subjectId);
    }

    private void requireSubject(long subjectId) {
        if (!queries.isSubject(subjectId)) {
            throw new CoverageRefusedException("subject", "development.coverage.subject-unknown");
        }
    }

    private CoverageNotFoundException refused(Object what) {
        LOG.log(System.Logger.Level.WARNING, "Leader {0} asked for coverage data of {1}, which is not theirs",
                callers.myEmail(), what);
        return new CoverageNotFoundException();
    }
}
