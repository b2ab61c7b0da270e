package dk.samspil.catalog.entity;

import dk.samspil.shared.LocalizedText;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An ordered part of a course with its learning objectives ({@code Module} is taken by Java). */
@NoPersonalData("A part of a course and its texts.")
@Entity
@Table(name = "course_module")
public class CourseModule {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Min(1)
    @Column(nullable = false)
    private int position;

    @NotNull
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "title_da", nullable = false, length = TITLE_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", length = TITLE_MAX))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "description_da", length = TEXT_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "description_en", length = TEXT_MAX))})
    private LocalizedText description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "objectives_da", length = TEXT_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "objectives_en", length = TEXT_MAX))})
    private LocalizedText objectives;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "reflection_prompts_da", length = TEXT_MAX)),
            @AttributeOverride(name = "en", column = @Column(name = "reflection_prompts_en", length = TEXT_MAX))})
    private LocalizedText reflectionPrompts;

    @Column(name = "reflection_required", nullable = false)
    private boolean reflectionRequired;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<CourseSession> sessions = new ArrayList<>();

    @Version
    private long version;

    protected CourseModule() {
    }

    /** Modules are added through {@link CourseProgramme#addModule}, which keeps their order. */
    CourseModule(Course course, int position, LocalizedText title, LocalizedText objectives) {
        this.course = course;
        this.position = position;
        this.title = title;
        this.objectives = objectives;
    }

    /** Changes the module's own texts; the partners' proposals change only description and objectives. */
    public void rewrite(LocalizedText title, LocalizedText description, LocalizedText objectives,
                        LocalizedText reflectionPrompts) {
        this.title = title;
        this.description = description;
        this.objectives = objectives;
        this.reflectionPrompts = reflectionPrompts;
    }

    /** Whether completing the course takes a submitted reflection on this module. */
    public void requireReflection(boolean required) {
        this.reflectionRequired = required;
    }

    /** Takes over a co-designing partner's wording of description and objectives. */
    public void adopt(LocalizedText description, LocalizedText objectives) {
        this.description = description;
        this.objectives = objectives;
    }

    /** Refuses a module of another course, as an id taken from a request may name one. */
    void requirePartOf(Course course) {
        if (this.course != course) {
            throw new IllegalArgumentException("Module " + id + " belongs to another course");
        }
    }

    void placeAt(int position) {
        this.position = position;
    }

    void attach(CourseSession session) {
        sessions.add(session);
    }

    void detach(CourseSession session) {
        sessions.remove(session);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public LocalizedText getObjectives() {
        return objectives;
    }

    public boolean isReflectionRequired() {
        return reflectionRequired;
    }

    public LocalizedText getReflectionPrompts() {
        return reflectionPrompts;
    }

    public long getVersion() {
        return version;
    }

    public List<CourseSession> getSessions() {
        return Collections.unmodifiableList(sessions);
    }
}
