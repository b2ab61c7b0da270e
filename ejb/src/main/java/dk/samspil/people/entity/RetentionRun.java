package dk.samspil.people.entity;

import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** What one enforcement of one retention rule removed, and who started it. */
@Entity
@Table(name = "retention_run")
@NoPersonalData("counts only")
public class RetentionRun {

    /** Who started a run: the nightly schedule or an administrator. */
    public enum StartedBy { SCHEDULE, ADMINISTRATOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ran_at", nullable = false, updatable = false)
    private LocalDateTime ranAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private RetentionKind kind;

    @Column(name = "keep_months", nullable = false, updatable = false)
    private int keepMonths;

    @Column(nullable = false, updatable = false)
    private int removed;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_by", nullable = false, updatable = false, length = 20)
    private StartedBy startedBy;

    protected RetentionRun() {
    }

    public RetentionRun(RetentionKind kind, int keepMonths, int removed, StartedBy startedBy, LocalDateTime ranAt) {
        this.kind = kind;
        this.keepMonths = keepMonths;
        this.removed = removed;
        this.startedBy = startedBy;
        this.ranAt = ranAt;
    }

    public LocalDateTime getRanAt() {
        return ranAt;
    }

    public RetentionKind getKind() {
        return kind;
    }

    public int getKeepMonths() {
        return keepMonths;
    }

    public int getRemoved() {
        return removed;
    }

    public StartedBy getStartedBy() {
        return startedBy;
    }
}
