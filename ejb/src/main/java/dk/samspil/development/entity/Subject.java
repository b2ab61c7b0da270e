package dk.samspil.development.entity;

import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A subject of the Folkeskole, as the migration lists them; its theme (if any) says which courses
 * address a gap in it. Plain ids for the theme: coverage only ever compares them.
 */
@NoPersonalData("The subjects taught in school.")
@Entity
@Table(name = "subject")
@NamedQuery(name = Subject.NAMES, query = """
        SELECT NEW dk.samspil.development.control.SubjectName(s.id, s.name.da, s.name.en) FROM Subject s ORDER BY s.id""")
@NamedQuery(name = Subject.GAP_COURSES, query = """
        SELECT NEW dk.samspil.development.control.GapCourse(s.id, c.code, c.title.da, c.title.en)
        FROM Subject s, Course c
        WHERE c.theme.id = s.themeId AND s.id IN :subjects AND c.status = :published
        AND c.enrolmentTerms.registrationDeadline >= CURRENT_DATE
        AND c.enrolmentTerms.maxParticipants > (SELECT COUNT(e) FROM Enrolment e WHERE e.course = c AND e.status IN :seatHolding)
        ORDER BY c.period.firstSessionAt, c.code""")
public class Subject {

    public static final String NAMES = "Subject.names";
    /** Published courses with seats left whose theme addresses one of the subjects. */
    public static final String GAP_COURSES = "Subject.gapCourses";
    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 100;

    @Id
    private Long id;

    @NotNull
    @Size(min = 1, max = CODE_MAX)
    @Column(nullable = false, length = CODE_MAX, unique = true, updatable = false)
    private String code;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "name_da", nullable = false, length = NAME_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", length = NAME_MAX))})
    private LocalizedText name;

    @Column(name = "theme_id")
    private Long themeId;

    protected Subject() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public Long getThemeId() {
        return themeId;
    }
}
