package dk.samspil.followup.entity;

import dk.samspil.catalog.entity.Course;
import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A course's follow-up: how many weeks after the last session it opens, when it opened (the
 * invitations went out) and when the one reminder went out. The weeks can change until it opens.
 */
@NoPersonalData("When a course's follow-up opens.")
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public static final int DEFAULT_WEEKS = 12;
    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 52;
    /** Those who have not answered are reminded once, this many days after it opened. */
    public static final int REMINDER_AFTER_DAYS = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "weeks_after", nullable = false)
    private int weeksAfter;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    protected FollowUp() {
    }

    public FollowUp(Course course, int weeksAfter) {
        this.course = course;
        schedule(weeksAfter);
    }

    /** Opens {@code weeks} after the last session; refused once it has opened. */
    public void schedule(int weeks) {
        if (openedOn != null) {
            throw new FollowUpRefusedException("followup.setup.already-open");
        }
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new FollowUpRefusedException("followup.setup.weeks-range", MIN_WEEKS, MAX_WEEKS);
        }
        this.weeksAfter = weeks;
    }

    /** The day it opens: {@code weeks} after the day of the last session; none while the course has no sessions. */
    public static Optional<LocalDate> dueOn(LocalDateTime lastSessionAt, int weeks) {
        return Optional.ofNullable(lastSessionAt).map(last -> last.toLocalDate().plusWeeks(weeks));
    }

    public Optional<LocalDate> dueOn() {
        return dueOn(course.getLastSessionAt(), weeksAfter);
    }

    /** Due to open on {@code today}: not opened, and its day has come. */
    public boolean isDue(LocalDate today) {
        return openedOn == null && dueOn().filter(due -> !due.isAfter(today)).isPresent();
    }

    public void open(LocalDate today) {
        if (openedOn != null) {
            throw new IllegalStateException("Follow-up " + id + " opened on " + openedOn);
        }
        openedOn = today;
    }

    /** The one reminder is due: opened {@value #REMINDER_AFTER_DAYS} days ago or more, and not yet reminded. */
    public boolean isReminderDue(LocalDate today) {
        return openedOn != null && remindedOn == null && !openedOn.plusDays(REMINDER_AFTER_DAYS).isAfter(today);
    }

    public void remind(LocalDate today) {
        if (!isReminderDue(today)) {
            throw new IllegalStateException("Follow-up " + id + " is not due a reminder on " + today);
        }
        remindedOn = today;
    }

    public boolean isOpen() {
        return openedOn != null;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getWeeksAfter() {
        return weeksAfter;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }
}
