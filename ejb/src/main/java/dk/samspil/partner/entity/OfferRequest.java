package dk.samspil.partner.entity;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A teacher's or leader's request for a partner's offer, for one class on one day. The partner
 * accepts it (a booking), proposes another time in the same period (which the requester accepts or
 * not), or declines; the requester may cancel. Every step is kept with the times it named, so both
 * sides read the same history. While it is open or accepted it holds one of the period's places.
 */
@Entity
@Table(name = "offer_request")
public class OfferRequest {

    public static final int CLASS_MAX = 40;
    public static final int PUPILS_MAX = 100;
    public static final int MESSAGE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private OfferPeriod period;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requested_by_id", nullable = false)
    @PersonalData(Kind.PERSON)
    private Account requestedBy;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @NotNull
    @Size(min = 1, max = CLASS_MAX)
    @Column(name = "class_label", nullable = false, length = CLASS_MAX)
    private String classLabel;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", nullable = false, length = 11)
    private AgeGroup ageGroup;

    @Min(1)
    @Max(PUPILS_MAX)
    @Column(nullable = false)
    private int pupils;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Size(max = MESSAGE_MAX)
    @Column(length = MESSAGE_MAX)
    @PersonalData(Kind.CONTENT)
    private String message;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private RequestStatus status;

    @NotNull
    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    /** Rises whenever an accepted booking changes, so calendar programs replace their copy. */
    @Column(nullable = false)
    private int sequence;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("takenAt, id")
    private List<OfferRequestStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected OfferRequest() {
    }

    /** What the requester asks for. */
    public record Wish(String classLabel, AgeGroup ageGroup, int pupils, LocalDateTime startsAt, LocalDateTime endsAt,
                       String message) {
    }

    /**
     * A request for a place in the period; {@code held} is how many of its places requests already hold,
     * counted under the period's lock.
     */
    public OfferRequest(OfferPeriod period, long held, Account requester, Institution institution, Wish wish,
                        LocalDateTime now) {
        PartnerOffer offer = period.getOffer();
        if (!offer.isPublished()) {
            throw new OfferRefusedException(null, "offer.request.not-published");
        }
        if (institution == null) {
            throw new OfferRefusedException(null, "offer.request.no-workplace");
        }
        String label = wish.classLabel() == null ? "" : wish.classLabel().strip();
        if (label.isEmpty()) {
            throw new OfferRefusedException("classLabel", "offer.request.class-required");
        }
        if (label.length() > CLASS_MAX) {
            throw new OfferRefusedException("classLabel", "offer.too-long", CLASS_MAX);
        }
        if (wish.ageGroup() == null || !offer.suits(wish.ageGroup())) {
            throw new OfferRefusedException("ageGroup", "offer.request.age-group");
        }
        if (wish.pupils() < 1 || wish.pupils() > PUPILS_MAX) {
            throw new OfferRefusedException("pupils", "offer.request.pupils-range", PUPILS_MAX);
        }
        checkTimes(period, wish.startsAt(), wish.endsAt(), now);
        this.message = message(wish.message());
        period.admit(held);
        this.period = period;
        this.requestedBy = requester;
        this.institution = institution;
        this.classLabel = label;
        this.ageGroup = wish.ageGroup();
        this.pupils = wish.pupils();
        this.startsAt = wish.startsAt();
        this.endsAt = wish.endsAt();
        this.status = RequestStatus.REQUESTED;
        this.requestedAt = now;
        step(requester, now, this.message);
    }

    /** Times on one day after today, inside the period. */
    private static void checkTimes(OfferPeriod period, LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime now) {
        if (startsAt == null || endsAt == null) {
            throw new OfferRefusedException("date", "offer.request.times-required");
        }
        if (!endsAt.isAfter(startsAt) || !endsAt.toLocalDate().equals(startsAt.toLocalDate())) {
            throw new OfferRefusedException("ends", "offer.request.times-order");
        }
        if (!startsAt.toLocalDate().isAfter(now.toLocalDate())) {
            throw new OfferRefusedException("date", "offer.request.past");
        }
        if (!period.contains(startsAt.toLocalDate())) {
            throw new OfferRefusedException("date", "offer.request.outside-period");
        }
    }

    private static String message(String text) {
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.length() > MESSAGE_MAX) {
            throw new OfferRefusedException("message", "offer.too-long", MESSAGE_MAX);
        }
        return stripped;
    }

    /** The partner takes the class at the requested (or its own, accepted) time. */
    public void accept(Account partner, String note, LocalDateTime now) {
        require(Set.of(RequestStatus.REQUESTED), now);
        status = RequestStatus.ACCEPTED;
        step(partner, now, message(note));
    }

    /** The partner proposes another time in the same period; the requester answers. */
    public void propose(Account partner, LocalDateTime from, LocalDateTime to, String note, LocalDateTime now) {
        require(Set.of(RequestStatus.REQUESTED), now);
        checkTimes(period, from, to, now);
        if (from.equals(startsAt) && to.equals(endsAt)) {
            throw new OfferRefusedException("date", "offer.request.same-time");
        }
        String text = message(note);
        startsAt = from;
        endsAt = to;
        status = RequestStatus.PROPOSED;
        step(partner, now, text);
    }

    /** The partner says no, to a request or to a booking it can no longer keep. */
    public void decline(Account partner, String note, LocalDateTime now) {
        close(RequestStatus.DECLINED, partner, note, now);
    }

    /** The requester takes the partner's proposed time. */
    public void acceptProposal(Account requester, LocalDateTime now) {
        require(Set.of(RequestStatus.PROPOSED), now);
        status = RequestStatus.ACCEPTED;
        step(requester, now, null);
    }

    /** The requester withdraws, whatever the partner has said so far. */
    public void cancel(Account requester, String note, LocalDateTime now) {
        close(RequestStatus.CANCELLED, requester, note, now);
    }

    private void close(RequestStatus closed, Account actor, String note, LocalDateTime now) {
        require(RequestStatus.HOLDING, now);
        String text = message(note);
        if (status == RequestStatus.ACCEPTED) {
            sequence++;
        }
        status = closed;
        step(actor, now, text);
    }

    /** Only an open request whose time has not come can change: a visit that has taken place is history. */
    private void require(Set<RequestStatus> allowed, LocalDateTime now) {
        if (!allowed.contains(status)) {
            throw new OfferRefusedException(null, "offer.request.status-changed");
        }
        if (!startsAt.isAfter(now)) {
            throw new OfferRefusedException(null, "offer.request.over");
        }
    }

    private void step(Account actor, LocalDateTime now, String text) {
        steps.add(new OfferRequestStep(this, actor, now, status, startsAt, endsAt, text));
    }

    /** Where the class meets the partner: the institution when the partner comes to it, else the offer's place. */
    public String place() {
        PartnerOffer offer = getOffer();
        return offer.isComesToYou() || offer.getPlace() == null ? institution.getName() : offer.getPlace();
    }

    public Long getId() {
        return id;
    }

    public OfferPeriod getPeriod() {
        return period;
    }

    public PartnerOffer getOffer() {
        return period.getOffer();
    }

    public Account getRequestedBy() {
        return requestedBy;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getClassLabel() {
        return classLabel;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public int getPupils() {
        return pupils;
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

    public RequestStatus getStatus() {
        return status;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public int getSequence() {
        return sequence;
    }

    public List<OfferRequestStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
