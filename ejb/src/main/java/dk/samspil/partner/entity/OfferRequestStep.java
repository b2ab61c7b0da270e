package dk.samspil.partner.entity;

import dk.samspil.people.entity.Account;
import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
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

/** One step in a request's history: who did it, when, the status it led to, the times it named and what they wrote. */
@Entity
@Table(name = "offer_request_step")
public class OfferRequestStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private OfferRequest request;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id", nullable = false)
    @PersonalData(Kind.PERSON)
    private Account actor;

    @NotNull
    @Column(name = "taken_at", nullable = false)
    private LocalDateTime takenAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private RequestStatus status;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Size(max = OfferRequest.MESSAGE_MAX)
    @Column(length = OfferRequest.MESSAGE_MAX)
    @PersonalData(Kind.CONTENT)
    private String message;

    protected OfferRequestStep() {
    }

    OfferRequestStep(OfferRequest request, Account actor, LocalDateTime at, RequestStatus status,
                     LocalDateTime startsAt, LocalDateTime endsAt, String message) {
        this.request = request;
        this.actor = actor;
        this.takenAt = at;
        this.status = status;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.message = message;
    }

    public Long getId() {
        return id;
    }

    public OfferRequest getRequest() {
        return request;
    }

    public Account getActor() {
        return actor;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getMessage() {
        return message;
    }
}
