package dk.samspil.people.entity;

import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.LocalDateTime;

/** How many months one kind of data is kept; set by an administrator. */
@Entity
@Table(name = "retention_rule")
@NoPersonalData("a setting")
public class RetentionRule {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 240;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private RetentionKind kind;

    @Min(MIN_MONTHS)
    @Max(MAX_MONTHS)
    @Column(name = "keep_months", nullable = false)
    private int keepMonths;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected RetentionRule() {
    }

    public RetentionKind getKind() {
        return kind;
    }

    public int getKeepMonths() {
        return keepMonths;
    }

    public void keep(int months, LocalDateTime now) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException("Retention of " + months + " months is outside 1-240");
        }
        this.keepMonths = months;
        this.updatedAt = now;
    }
}
