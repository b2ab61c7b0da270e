package dk.samspil.catalog.entity;

import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * When a course runs: the period the consultant plans and the span of its sessions, which the
 * programme keeps so lists can sort by an index. A value, replaced whole; it lives in the course's row.
 */
@NoPersonalData("When a course is planned and when its sessions run.")
@Embeddable
@Access(AccessType.FIELD)
public class CoursePeriod {

    @NotNull
    @Column(name = "period_start", nullable = false)
    private LocalDate startsOn;

    @NotNull
    @Column(name = "period_end", nullable = false)
    private LocalDate endsOn;

    /** Start of the first session; null while the course has none. */
    @Column(name = "first_session_at")
    private LocalDateTime firstSessionAt;

    /** End of the last session. */
    @Column(name = "last_session_at")
    private LocalDateTime lastSessionAt;

    protected CoursePeriod() {
    }

    /** A newly planned period; sessions outside it are allowed, but only after a warning. */
    CoursePeriod(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** This planned period with the sessions' span of {@code previous} (none for a new course). */
    CoursePeriod keepingSessionsOf(CoursePeriod previous) {
        return previous == null ? this : spanning(previous.firstSessionAt, previous.lastSessionAt);
    }

    /** The same planned period, now spanning sessions from {@code firstSessionAt} to {@code lastSessionAt}. */
    CoursePeriod spanning(LocalDateTime firstSessionAt, LocalDateTime lastSessionAt) {
        CoursePeriod spanned = new CoursePeriod(startsOn, endsOn);
        spanned.firstSessionAt = firstSessionAt;
        spanned.lastSessionAt = lastSessionAt;
        return spanned;
    }

    boolean excludes(SessionPlan plan) {
        return plan.startsAt().toLocalDate().isBefore(startsOn) || plan.endsAt().toLocalDate().isAfter(endsOn);
    }

    /** Whether the first session starts after {@code day}; true while there is none. */
    boolean startsAfter(LocalDate day) {
        return firstSessionAt == null || firstSessionAt.toLocalDate().isAfter(day);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDateTime getFirstSessionAt() {
        return firstSessionAt;
    }

    public LocalDateTime getLastSessionAt() {
        return lastSessionAt;
    }
}
