package dk.samspil.development.entity;

import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/**
 * A teacher's competence in a subject: from training, or equivalent competence by a leader's
 * judgement with a note ({@link CoveragePlan#competenceNote}), perhaps backed by a Samspil course
 * the teacher completed. Accounts and the evidence are plain ids, as in {@link TeachingAssignment}.
 */
@Entity
@Table(name = "teaching_competence")
@NamedQuery(name = TeachingCompetence.OF_SCHOOL, query = """
        SELECT NEW dk.samspil.development.control.RecognisedCompetence(tc.id, a.displayName, tc.subjectId, tc.basis,
                                                                       tc.note, c.title.da)
        FROM TeachingCompetence tc JOIN Account a ON a.id = tc.teacherId
        LEFT JOIN Enrolment e ON e.id = tc.evidenceEnrolmentId LEFT JOIN e.course c
        WHERE a.institution.id = :school AND a.active = TRUE ORDER BY a.displayName, tc.subjectId""")
@NamedQuery(name = TeachingCompetence.FIND, query = """
        SELECT tc FROM TeachingCompetence tc WHERE tc.teacherId = :teacher AND tc.subjectId = :subject""")
@NamedQuery(name = TeachingCompetence.OF_SCHOOL_BY_ID, query = """
        SELECT tc FROM TeachingCompetence tc JOIN Account a ON a.id = tc.teacherId
        WHERE tc.id = :id AND a.institution.id = :school""")
@NamedQuery(name = TeachingCompetence.STAFF, query = """
        SELECT NEW dk.samspil.development.control.NamedId(a.id, a.displayName) FROM Account a
        WHERE a.institution.id = :school AND a.active = TRUE ORDER BY a.displayName""")
@NamedQuery(name = TeachingCompetence.EVIDENCE, query = """
        SELECT NEW dk.samspil.development.control.CompletedCourse(e.id, a.displayName, c.title.da)
        FROM Enrolment e JOIN e.participant a JOIN e.course c
        WHERE a.institution.id = :school AND a.active = TRUE AND e.status = :completed
        ORDER BY a.displayName, c.title.da""")
@NamedQuery(name = TeachingCompetence.COMPLETED_BY, query = """
        SELECT COUNT(e) FROM Enrolment e WHERE e.id = :enrolment AND e.participant.id = :teacher
        AND e.status = :completed""")
public class TeachingCompetence {

    public static final String OF_SCHOOL = "TeachingCompetence.ofSchool";
    public static final String FIND = "TeachingCompetence.find";
    public static final String OF_SCHOOL_BY_ID = "TeachingCompetence.ofSchoolById";
    /** The school's active staff: whose competence can be recognised. */
    public static final String STAFF = "TeachingCompetence.staff";
    /** The staff's completed Samspil courses: what can back a competence. */
    public static final String EVIDENCE = "TeachingCompetence.evidence";
    public static final String COMPLETED_BY = "TeachingCompetence.completedBy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(name = "account_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Long teacherId;

    @NotNull
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CompetenceBasis basis;

    @Size(max = CoveragePlan.NOTE_MAX)
    @Column(length = CoveragePlan.NOTE_MAX)
    @PersonalData(Kind.CONTENT)
    private String note;

    @Column(name = "evidence_enrolment_id")
    @PersonalData(Kind.ACTIVITY)
    private Long evidenceEnrolmentId;

    @NotNull
    @Column(name = "assessed_by", nullable = false)
    @PersonalData(Kind.PERSON)
    private Long assessedBy;

    @NotNull
    @Column(name = "assessed_at", nullable = false)
    private LocalDateTime assessedAt;

    protected TeachingCompetence() {
    }

    public TeachingCompetence(long teacherId, long subjectId) {
        this.teacherId = teacherId;
        this.subjectId = subjectId;
    }

    /** A leader's assessment, replacing any earlier one; {@code evidenceEnrolmentId} must be the teacher's completed course. */
    public void assess(CompetenceBasis basis, String note, Long evidenceEnrolmentId, long assessedBy,
                       LocalDateTime assessedAt) {
        this.note = CoveragePlan.competenceNote(basis, note);
        this.basis = basis;
        this.evidenceEnrolmentId = evidenceEnrolmentId;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    public Long getId() {
        return id;
    }
}
