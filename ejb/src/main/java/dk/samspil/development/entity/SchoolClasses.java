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

/** A school's regular classes in one grade and school year; the limits are {@link CoveragePlan}'s. */
@NoPersonalData("How many classes a school has in a grade.")
@Entity
@Table(name = "school_classes")
@IdClass(SchoolClasses.Key.class)
@NamedQuery(name = SchoolClasses.OF_SCHOOL, query = """
        SELECT NEW dk.samspil.development.control.ClassCount(c.grade, c.classes) FROM SchoolClasses c
        WHERE c.institutionId = :school AND c.schoolYear = :year""")
@NamedQuery(name = SchoolClasses.LED, query = """
        SELECT NEW dk.samspil.development.control.LedInstitution(i.id, i.name, i.kind)
        FROM Account l JOIN l.ledInstitutions i WHERE l.email = :me ORDER BY i.name""")
@NamedQuery(name = SchoolClasses.LED_MUNICIPALITY, query = """
        SELECT NEW dk.samspil.development.control.NamedId(i.municipality.id, i.municipality.name)
        FROM Account l JOIN l.ledInstitutions i WHERE l.email = :me AND i.kind = :administration""")
public class SchoolClasses {

    public static final String OF_SCHOOL = "SchoolClasses.ofSchool";
    /** The institutions a leader leads: the schools whose plans they may read and change. */
    public static final String LED = "SchoolClasses.led";
    /** The municipality whose administration a leader leads. */
    public static final String LED_MUNICIPALITY = "SchoolClasses.ledMunicipality";

    @Id
    @Column(name = "institution_id")
    private Long institutionId;

    @Id
    @Min(CoveragePlan.FIRST_YEAR)
    @Max(CoveragePlan.LAST_YEAR)
    @Column(name = "school_year")
    private Integer schoolYear;

    @Id
    @Min(0)
    @Max(CoveragePlan.MAX_GRADE)
    private Integer grade;

    @NotNull
    @Min(0)
    @Max(CoveragePlan.MAX_CLASSES)
    @Column(nullable = false)
    private Integer classes;

    protected SchoolClasses() {
    }

    /** A grade without classes yet. */
    public SchoolClasses(long institutionId, int schoolYear, int grade) {
        this.institutionId = institutionId;
        this.schoolYear = CoveragePlan.schoolYear(schoolYear);
        this.grade = CoveragePlan.grade(grade);
        this.classes = 0;
    }

    public void setClasses(int classes) {
        this.classes = CoveragePlan.classes(classes);
    }

    public int getClasses() {
        return classes;
    }

    /** The primary key: school, school year and grade. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long institutionId;
        private Integer schoolYear;
        private Integer grade;

        public Key() {
        }

        public Key(long institutionId, int schoolYear, int grade) {
            this.institutionId = institutionId;
            this.schoolYear = schoolYear;
            this.grade = grade;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(institutionId, key.institutionId)
                    && Objects.equals(schoolYear, key.schoolYear) && Objects.equals(grade, key.grade);
        }

        @Override
        public int hashCode() {
            return Objects.hash(institutionId, schoolYear, grade);
        }
    }
}
