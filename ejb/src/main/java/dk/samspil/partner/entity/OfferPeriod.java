package dk.samspil.partner.entity;

import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A stretch of days in which a partner takes up to {@link #capacity} classes for an offer. Its row
 * is the lock a request takes before it counts the places held ({@code PeriodLock}), so two
 * requests for the last place never both get it.
 */
@NoPersonalData("Dates and a number of places.")
@Entity
@Table(name = "offer_period")
public class OfferPeriod {

    public static final int CAPACITY_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", nullable = false)
    private PartnerOffer offer;

    @NotNull
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Min(1)
    @Max(CAPACITY_MAX)
    @Column(nullable = false)
    private int capacity;

    protected OfferPeriod() {
    }

    OfferPeriod(PartnerOffer offer, LocalDate startsOn, LocalDate endsOn, int capacity, LocalDate today) {
        if (startsOn == null || endsOn == null) {
            throw new OfferRefusedException("periodStarts", "offer.period.dates-required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new OfferRefusedException("periodEnds", "offer.period.ends-before-start");
        }
        if (endsOn.isBefore(today)) {
            throw new OfferRefusedException("periodEnds", "offer.period.past");
        }
        if (endsOn.isAfter(startsOn.plusYears(1))) {
            throw new OfferRefusedException("periodEnds", "offer.period.too-long");
        }
        if (capacity < 1 || capacity > CAPACITY_MAX) {
            throw new OfferRefusedException("capacity", "offer.period.capacity-range", CAPACITY_MAX);
        }
        this.offer = offer;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    boolean overlaps(OfferPeriod other) {
        return !other.endsOn.isBefore(startsOn) && !other.startsOn.isAfter(endsOn);
    }

    /** Refuses one more request when the places held already fill the period. */
    public void admit(long held) {
        if (held >= capacity) {
            throw new OfferRefusedException("date", "offer.request.full");
        }
    }

    public Long getId() {
        return id;
    }

    public PartnerOffer getOffer() {
        return offer;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getCapacity() {
        return capacity;
    }
}
