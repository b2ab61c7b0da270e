package dk.samspil.enrolment.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** One decision about an enrolment made by someone else than the participant, with its reason. */
@Entity
@Table(name = "enrolment_event")
public class EnrolmentEvent {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id", nullable = false)
    @PersonalData(Kind.PERSON)
    private Enrolment enrolment;

    @NotNull
    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    @PersonalData(Kind.PERSON)
    private Account actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private EnrolmentStatus fromStatus;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private EnrolmentStatus toStatus;

    @Size(max = REASON_MAX)
    @Column(length = REASON_MAX)
    @PersonalData(Kind.CONTENT)
    private String reason;

    protected EnrolmentEvent() {
    }

    public EnrolmentEvent(Enrolment enrolment, EnrolmentStatus fromStatus, Account actor, String reason,
                          LocalDateTime happenedAt) {
        this.enrolment = enrolment;
        this.fromStatus = fromStatus;
        this.toStatus = enrolment.getStatus();
        this.actor = actor;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.happenedAt = happenedAt;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public LocalDateTime getHappenedAt() {
        return happenedAt;
    }

    public Account getActor() {
        return actor;
    }

    public EnrolmentStatus getFromStatus() {
        return fromStatus;
    }

    public EnrolmentStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }
}
