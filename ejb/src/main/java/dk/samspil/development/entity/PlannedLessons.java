package dk.samspil.development.entity;

import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.util.Objects;

/**
 * Guideline lessons per class in one subject and grade of a school's year; the limits are
 * {@link CoveragePlan}'s. The municipality's query lists every school, those that plan nothing too.
 */
@NoPersonalData("A school's planned lessons.")
@Entity
@Table(name = "planned_lessons")
@IdClass(PlannedLessons.Key.class)
@NamedQuery(name = PlannedLessons.OF_SCHOOL, query = """
        SELECT NEW dk.samspil.development.control.GuidelineLessons(p.subjectId, p.grade, p.lessonsPerClass)
        FROM PlannedLessons p WHERE p.institutionId = :school AND p.schoolYear = :year ORDER BY p.subjectId, p.grade""")
@NamedQuery(name = PlannedLessons.IN_MUNICIPALITY, query = """
        SELECT NEW dk.samspil.development.control.SchoolPlan(i.id, i.name, p.subjectId, p.grade, p.lessonsPerClass,
                                                             c.classes)
        FROM Institution i LEFT JOIN PlannedLessons p ON (p.institutionId = i.id AND p.schoolYear = :year)
        LEFT JOIN SchoolClasses c ON (c.institutionId = p.institutionId AND c.schoolYear = p.schoolYear
             AND c.grade = p.grade)
        WHERE i.municipality.id = :municipality AND i.kind = :school ORDER BY i.name, i.id""")
public class PlannedLessons {

    public static final String OF_SCHOOL = "PlannedLessons.ofSchool";
    public static final String IN_MUNICIPALITY = "PlannedLessons.inMunicipality";

    @Id
    @Column(name = "institution_id")
    private Long institutionId;

    @Id
    @Min(CoveragePlan.FIRST_YEAR)
    @Max(CoveragePlan.LAST_YEAR)
    @Column(name = "school_year")
    private Integer schoolYear;

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Id
    @Min(0)
    @Max(CoveragePlan.MAX_GRADE)
    private Integer grade;

    @NotNull
    @Min(1)
    @Max(CoveragePlan.MAX_LESSONS_PER_CLASS)
    @Column(name = "lessons_per_class", nullable = false)
    private Integer lessonsPerClass;

    protected PlannedLessons() {
    }

    public PlannedLessons(long institutionId, int schoolYear, long subjectId, int grade, int lessonsPerClass) {
        this.institutionId = institutionId;
        this.schoolYear = CoveragePlan.schoolYear(schoolYear);
        this.subjectId = subjectId;
        this.grade = CoveragePlan.grade(grade);
        setLessonsPerClass(lessonsPerClass);
    }

    public void setLessonsPerClass(int lessonsPerClass) {
        this.lessonsPerClass = CoveragePlan.lessonsPerClass(lessonsPerClass);
    }

    public int getLessonsPerClass() {
        return lessonsPerClass;
    }

    /** The primary key: school, school year, subject and grade. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long institutionId;
        private Integer schoolYear;
        private Long subjectId;
        private Integer grade;

        public Key() {
        }

        public Key(long institutionId, int schoolYear, long subjectId, int grade) {
            this.institutionId = institutionId;
            this.schoolYear = schoolYear;
            this.subjectId = subjectId;
            this.grade = grade;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(institutionId, key.institutionId)
                    && Objects.equals(schoolYear, key.schoolYear) && Objects.equals(subjectId, key.subjectId)
                    && Objects.equals(grade, key.grade);
        }

        @Override
        public int hashCode() {
            return Objects.hash(institutionId, schoolYear, subjectId, grade);
        }
    }
}
