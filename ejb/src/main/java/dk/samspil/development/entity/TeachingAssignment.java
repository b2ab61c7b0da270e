package dk.samspil.development.entity;

import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Lessons a teacher teaches in one subject and grade over a school's year; the limits are
 * {@link CoveragePlan}'s. School, teacher and subject are plain ids: the coverage queries join
 * them where they need more, so reading a school's teaching is one statement.
 */
@Entity
@Table(name = "teaching_assignment")
@NamedQuery(name = TeachingAssignment.OF_SCHOOL, query = """
        SELECT NEW dk.samspil.development.control.Teaching(t.id, a.displayName, t.subjectId, t.grade, t.lessons,
                                                           tc.id, a.active, ai.id, t.institutionId)
        FROM TeachingAssignment t JOIN Account a ON a.id = t.teacherId LEFT JOIN a.institution ai
        LEFT JOIN TeachingCompetence tc ON (tc.teacherId = t.teacherId AND tc.subjectId = t.subjectId)
        WHERE t.institutionId = :school AND t.schoolYear = :year ORDER BY t.subjectId, t.grade, a.displayName""")
@NamedQuery(name = TeachingAssignment.COMPETENT_IN_MUNICIPALITY, query = """
        SELECT NEW dk.samspil.development.control.CompetentLessons(t.institutionId, t.subjectId, t.grade,
                                                                   SUM(t.lessons))
        FROM TeachingAssignment t JOIN Institution i ON i.id = t.institutionId
        JOIN TeachingCompetence tc ON (tc.teacherId = t.teacherId AND tc.subjectId = t.subjectId)
        JOIN Account a ON a.id = t.teacherId
        WHERE i.municipality.id = :municipality AND t.schoolYear = :year AND a.active = TRUE
              AND a.institution.id = t.institutionId
        GROUP BY t.institutionId, t.subjectId, t.grade""")
@NamedQuery(name = TeachingAssignment.FIND, query = """
        SELECT t FROM TeachingAssignment t WHERE t.institutionId = :school AND t.schoolYear = :year
        AND t.teacherId = :teacher AND t.subjectId = :subject AND t.grade = :grade""")
@NamedQuery(name = TeachingAssignment.STAFF_MEMBER, query = """
        SELECT COUNT(a) FROM Account a
        WHERE a.id = :teacher AND a.institution.id = :school AND a.active = TRUE AND a.email <> :me""")
public class TeachingAssignment {

    public static final String OF_SCHOOL = "TeachingAssignment.ofSchool";
    public static final String COMPETENT_IN_MUNICIPALITY = "TeachingAssignment.competentInMunicipality";
    public static final String FIND = "TeachingAssignment.find";
    /** Whether an account is active staff of the school, other than the caller. */
    public static final String STAFF_MEMBER = "TeachingAssignment.staffMember";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;

    @NotNull
    @Min(CoveragePlan.FIRST_YEAR)
    @Max(CoveragePlan.LAST_YEAR)
    @Column(name = "school_year", nullable = false, updatable = false)
    private Integer schoolYear;

    @NotNull
    @Column(name = "account_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Long teacherId;

    @NotNull
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @NotNull
    @Min(0)
    @Max(CoveragePlan.MAX_GRADE)
    @Column(nullable = false, updatable = false)
    private Integer grade;

    @NotNull
    @Min(1)
    @Max(CoveragePlan.MAX_TEACHER_LESSONS)
    @Column(nullable = false)
    private Integer lessons;

    protected TeachingAssignment() {
    }

    public TeachingAssignment(long institutionId, int schoolYear, long teacherId, long subjectId, int grade,
                              int lessons) {
        this.institutionId = institutionId;
        this.schoolYear = CoveragePlan.schoolYear(schoolYear);
        this.teacherId = teacherId;
        this.subjectId = subjectId;
        this.grade = CoveragePlan.grade(grade);
        setLessons(lessons);
    }

    public void setLessons(int lessons) {
        this.lessons = CoveragePlan.teacherLessons(lessons);
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public int getLessons() {
        return lessons;
    }
}
