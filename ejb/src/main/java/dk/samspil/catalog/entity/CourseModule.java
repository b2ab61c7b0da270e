package dk.samspil.catalog.entity;

import dk.samspil.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An ordered part of a course with its learning objectives ({@code Module} is taken by Java). */
@Entity
@Table(name = "course_module")
public class CourseModule {

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
            @AttributeOverride(name = "da", column = @Column(name = "title_da", nullable = false, length = 200)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "da", column = @Column(name = "objectives_da", length = 2000)),
            @AttributeOverride(name = "en", column = @Column(name = "objectives_en", length = 2000))})
    private LocalizedText objectives;

    @OneToMany(mappedBy = "module")
    @OrderBy("startsAt")
    private List<CourseSession> sessions = new ArrayList<>();

    protected CourseModule() {
    }

    public CourseModule(Course course, int position, LocalizedText title, LocalizedText objectives) {
        this.course = course;
        this.position = position;
        this.title = title;
        this.objectives = objectives;
        course.attach(this);
    }

    void attach(CourseSession session) {
        sessions.add(session);
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

    public LocalizedText getObjectives() {
        return objectives;
    }

    public List<CourseSession> getSessions() {
        return Collections.unmodifiableList(sessions);
    }
}
