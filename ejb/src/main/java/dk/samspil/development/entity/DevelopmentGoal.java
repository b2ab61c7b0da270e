package dk.samspil.development.entity;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.PersonalData.Kind;
import dk.samspil.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A development goal agreed between a leader and one of their staff: what, on which theme, by
 * when, and the courses that serve it. Overdue when open past its due date.
 */
@Entity
@Table(name = "development_goal")
public class DevelopmentGoal {

    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account employee;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    @PersonalData(Kind.CONTENT)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @Column(name = "due_date")
    @PersonalData(Kind.ACTIVITY)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GoalStatus status = GoalStatus.OPEN;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreed_by", nullable = false)
    @PersonalData(Kind.PERSON)
    private Account agreedBy;

    @Column(name = "agreed_at", nullable = false)
    private LocalDateTime agreedAt;

    @ManyToMany
    @JoinTable(name = "goal_course", joinColumns = @JoinColumn(name = "goal_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    private Set<Course> courses = new HashSet<>();

    @Version
    private long version;

    protected DevelopmentGoal() {
    }

    public DevelopmentGoal(Account employee, Account leader, String text, Theme theme, LocalDate dueDate,
                           LocalDateTime now) {
        this.employee = employee;
        this.agreedBy = leader;
        this.agreedAt = now;
        revise(text, theme, dueDate, now.toLocalDate());
    }

    /** Changes what was agreed; a due date in the past is refused for a new agreement. */
    public void revise(String text, Theme theme, LocalDate dueDate, LocalDate today) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            throw new GoalRefusedException("goal-text", "development.goal.text-required");
        }
        if (words.length() > TEXT_MAX) {
            throw new GoalRefusedException("goal-text", "development.goal.text-too-long", TEXT_MAX);
        }
        if (dueDate != null && dueDate.isBefore(today) && !dueDate.equals(this.dueDate)) {
            throw new GoalRefusedException("goal-due", "development.goal.due-past");
        }
        this.text = words;
        this.theme = theme;
        this.dueDate = dueDate;
    }

    public void markAs(GoalStatus status) {
        this.status = status;
    }

    public void link(Course course) {
        courses.add(course);
    }

    public void unlink(Course course) {
        courses.remove(course);
    }

    public boolean isOverdue(LocalDate today) {
        return status == GoalStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Account getEmployee() {
        return employee;
    }

    public String getText() {
        return text;
    }

    public Theme getTheme() {
        return theme;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public Account getAgreedBy() {
        return agreedBy;
    }

    public Set<Course> getCourses() {
        return Set.copyOf(courses);
    }
}
