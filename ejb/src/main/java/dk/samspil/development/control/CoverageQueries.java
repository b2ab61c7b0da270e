package dk.samspil.development.control;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.development.entity.CoveragePlan;
import dk.samspil.development.entity.PlannedLessons;
import dk.samspil.development.entity.SchoolClasses;
import dk.samspil.development.entity.Subject;
import dk.samspil.development.entity.TeachingAssignment;
import dk.samspil.development.entity.TeachingCompetence;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.entity.InstitutionKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reads of competence coverage, one named query (declared on the coverage entities) and one
 * statement each, returning records; and the rows the plan's changes find, start or replace. Nothing here
 * checks whose data it is: the boundary scopes every call to the schools its caller leads.
 */
@Dependent
public class CoverageQueries {

    @PersistenceContext
    EntityManager em;

    public List<LedInstitution> ledBy(String email) {
        return em.createNamedQuery(SchoolClasses.LED, LedInstitution.class).setParameter("me", email).getResultList();
    }

    public Optional<NamedId> municipalityLedBy(String email) {
        return em.createNamedQuery(SchoolClasses.LED_MUNICIPALITY, NamedId.class)
                .setParameter("me", email)
                .setParameter("administration", InstitutionKind.ADMINISTRATION)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Every subject's name in the reader's language, by id. */
    public Map<Long, String> subjectNames(Locale locale) {
        return em.createNamedQuery(Subject.NAMES, SubjectName.class).getResultStream()
                .collect(Collectors.toMap(SubjectName::id, s -> s.in(locale), (a, b) -> a, LinkedHashMap::new));
    }

    /** Regular classes per grade, every grade present (0 where none are recorded). */
    public Map<Integer, Integer> classes(long school, int year) {
        Map<Integer, Integer> classes = new TreeMap<>();
        for (int grade = 0; grade <= CoveragePlan.MAX_GRADE; grade++) {
            classes.put(grade, 0);
        }
        em.createNamedQuery(SchoolClasses.OF_SCHOOL, ClassCount.class)
                .setParameter("school", school).setParameter("year", year)
                .getResultStream().forEach(c -> classes.put(c.grade(), c.classes()));
        return classes;
    }

    public List<GuidelineLessons> guidelines(long school, int year) {
        return em.createNamedQuery(PlannedLessons.OF_SCHOOL, GuidelineLessons.class)
                .setParameter("school", school).setParameter("year", year).getResultList();
    }

    public List<Teaching> teaching(long school, int year) {
        return em.createNamedQuery(TeachingAssignment.OF_SCHOOL, Teaching.class)
                .setParameter("school", school).setParameter("year", year).getResultList();
    }

    /** The competences of the school's active staff. */
    public List<RecognisedCompetence> competences(long school) {
        return em.createNamedQuery(TeachingCompetence.OF_SCHOOL, RecognisedCompetence.class)
                .setParameter("school", school).getResultList();
    }

    public List<NamedId> staff(long school) {
        return em.createNamedQuery(TeachingCompetence.STAFF, NamedId.class).setParameter("school", school)
                .getResultList();
    }

    public List<CompletedCourse> evidence(long school) {
        return em.createNamedQuery(TeachingCompetence.EVIDENCE, CompletedCourse.class)
                .setParameter("school", school).setParameter("completed", EnrolmentStatus.COMPLETED)
                .getResultList();
    }

    /** Courses that address the subjects, by subject; no statement when there are none. */
    public Map<Long, List<GapCourse>> coursesFor(Collection<Long> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Subject.GAP_COURSES, GapCourse.class)
                .setParameter("subjects", subjects)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("seatHolding", EnrolmentStatus.SEAT_HOLDING)
                .getResultStream().collect(Collectors.groupingBy(GapCourse::subjectId));
    }

    public List<CompetentLessons> competentInMunicipality(long municipality, int year) {
        return em.createNamedQuery(TeachingAssignment.COMPETENT_IN_MUNICIPALITY, CompetentLessons.class)
                .setParameter("municipality", municipality).setParameter("year", year).getResultList();
    }

    /** The municipality's schools by name, each with its plan's subjects and grades (or one row saying it has none). */
    public List<SchoolPlan> plansInMunicipality(long municipality, int year) {
        return em.createNamedQuery(PlannedLessons.IN_MUNICIPALITY, SchoolPlan.class)
                .setParameter("municipality", municipality).setParameter("year", year)
                .setParameter("school", InstitutionKind.SCHOOL).getResultList();
    }

    /** Whether the account is active staff of the school, and not the caller. */
    public boolean isStaff(long school, long teacherId, String callerEmail) {
        return em.createNamedQuery(TeachingAssignment.STAFF_MEMBER, Long.class)
                .setParameter("teacher", teacherId).setParameter("school", school).setParameter("me", callerEmail)
                .getSingleResult() > 0;
    }

    public boolean isSubject(long subjectId) {
        return em.find(Subject.class, subjectId) != null;
    }

    /** Whether the enrolment is the teacher's, and completed. */
    public boolean completedBy(long enrolmentId, long teacherId) {
        return em.createNamedQuery(TeachingCompetence.COMPLETED_BY, Long.class)
                .setParameter("enrolment", enrolmentId).setParameter("teacher", teacherId)
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .getSingleResult() > 0;
    }

    /** A grade's classes, started with none when the school has not recorded the grade yet. */
    public SchoolClasses classesIn(long school, int year, int grade) {
        SchoolClasses classes = em.find(SchoolClasses.class, new SchoolClasses.Key(school, year, grade));
        if (classes == null) {
            classes = new SchoolClasses(school, year, grade);
            em.persist(classes);
        }
        return classes;
    }

    public Optional<PlannedLessons> planned(long school, int year, long subjectId, int grade) {
        return Optional.ofNullable(em.find(PlannedLessons.class, new PlannedLessons.Key(school, year, subjectId, grade)));
    }

    public Optional<TeachingAssignment> assignment(long school, int year, long teacherId, long subjectId, int grade) {
        return em.createNamedQuery(TeachingAssignment.FIND, TeachingAssignment.class)
                .setParameter("school", school).setParameter("year", year).setParameter("teacher", teacherId)
                .setParameter("subject", subjectId).setParameter("grade", grade)
                .getResultStream().findFirst();
    }

    public Optional<TeachingCompetence> competence(long teacherId, long subjectId) {
        return em.createNamedQuery(TeachingCompetence.FIND, TeachingCompetence.class)
                .setParameter("teacher", teacherId).setParameter("subject", subjectId)
                .getResultStream().findFirst();
    }

    /** The competence, if its teacher is staff of the school. */
    public Optional<TeachingCompetence> competenceAt(long school, long competenceId) {
        return em.createNamedQuery(TeachingCompetence.OF_SCHOOL_BY_ID, TeachingCompetence.class)
                .setParameter("id", competenceId).setParameter("school", school)
                .getResultStream().findFirst();
    }
}
