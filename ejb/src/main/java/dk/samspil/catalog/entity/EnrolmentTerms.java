package dk.samspil.catalog.entity;

import dk.samspil.shared.NoPersonalData;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How people enrol on a course: what it costs and who pays, until when, how many seats and how long
 * a waiting list. A value, replaced whole, so it is checked as a whole; it lives in the course's row.
 */
@NoPersonalData("What a course costs and how its seats are given out.")
@Embeddable
@Access(AccessType.FIELD)
public class EnrolmentTerms {

    public static final BigDecimal PRICE_MAX = new BigDecimal("100000");
    public static final int OFFER_HOURS_MAX = 336;
    public static final int WAITING_LIST_MAX = 500;

    @NotNull
    @Column(name = "price", nullable = false, precision = 9, scale = 2)
    private BigDecimal price = BigDecimal.ZERO;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "payer", nullable = false, length = 20)
    private Payer payer = Payer.FUNDED;

    @NotNull
    @Column(name = "registration_deadline", nullable = false)
    private LocalDate registrationDeadline;

    /** The last day a participant may withdraw; null means until the first session starts. */
    @Column(name = "withdrawal_deadline")
    private LocalDate withdrawalDeadline;

    @Min(1)
    @Column(name = "min_participants", nullable = false)
    private int minParticipants;

    @Min(1)
    @Max(Course.MAX_PARTICIPANTS_LIMIT)
    @Column(name = "max_participants", nullable = false)
    private int maxParticipants;

    @Column(name = "leader_approval_required", nullable = false)
    private boolean leaderApprovalRequired;

    @Column(name = "motivation_required", nullable = false)
    private boolean motivationRequired;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_list_policy", nullable = false, length = 20)
    private WaitingListPolicy waitingListPolicy = WaitingListPolicy.PROMOTE;

    @Min(1)
    @Max(OFFER_HOURS_MAX)
    @Column(name = "offer_hours")
    private Integer offerHours;

    @Min(0)
    @Max(WAITING_LIST_MAX)
    @Column(name = "waiting_list_capacity", nullable = false)
    private int waitingListCapacity;

    protected EnrolmentTerms() {
    }

    /** Throws for the first rule broken, naming the form field that holds the wrong value. */
    EnrolmentTerms(BigDecimal price, Payer payer, LocalDate registrationDeadline, int minParticipants,
                   int maxParticipants, boolean leaderApprovalRequired, WaitingListPolicy waitingListPolicy,
                   Integer offerHours, int waitingListCapacity) {
        if (minParticipants < 1 || maxParticipants > Course.MAX_PARTICIPANTS_LIMIT) {
            throw new InvalidCourseException("max", "catalog.course.participants.range", Course.MAX_PARTICIPANTS_LIMIT);
        }
        if (minParticipants > maxParticipants) {
            throw new InvalidCourseException("min", "catalog.course.participants.min-above-max");
        }
        if (price.signum() < 0 || price.compareTo(PRICE_MAX) > 0 || price.stripTrailingZeros().scale() > 2) {
            throw new InvalidCourseException("price", "catalog.course.price.range", PRICE_MAX);
        }
        if ((payer == Payer.FUNDED) != (price.signum() == 0)) {
            throw new InvalidCourseException("payer", "catalog.course.payer.mismatch");
        }
        if (waitingListPolicy == WaitingListPolicy.OFFER && (offerHours == null || offerHours < 1
                || offerHours > OFFER_HOURS_MAX)) {
            throw new InvalidCourseException("offer-hours", "catalog.course.offer-hours.range", OFFER_HOURS_MAX);
        }
        if (waitingListCapacity < 0 || waitingListCapacity > WAITING_LIST_MAX) {
            throw new InvalidCourseException("waiting-list", "catalog.course.waiting-list.range", WAITING_LIST_MAX);
        }
        this.price = price.setScale(2);
        this.payer = payer;
        this.registrationDeadline = registrationDeadline;
        this.minParticipants = minParticipants;
        this.maxParticipants = maxParticipants;
        this.leaderApprovalRequired = leaderApprovalRequired;
        this.waitingListPolicy = waitingListPolicy;
        this.offerHours = waitingListPolicy == WaitingListPolicy.PROMOTE ? null : offerHours;
        this.waitingListCapacity = waitingListCapacity;
    }

    /** The same terms with these rules; the withdrawal deadline may not lie after the period's start. */
    EnrolmentTerms withRules(boolean motivationRequired, LocalDate withdrawalDeadline, LocalDate periodStart) {
        if (withdrawalDeadline != null && withdrawalDeadline.isAfter(periodStart)) {
            throw new InvalidCourseException("withdrawal-deadline", "catalog.course.withdrawal-deadline.after-start");
        }
        return keeping(motivationRequired, withdrawalDeadline);
    }

    /** The same terms with the rules of {@code previous}, which revising the course leaves alone. */
    EnrolmentTerms keepingRulesOf(EnrolmentTerms previous) {
        return previous == null ? this : keeping(previous.motivationRequired, previous.withdrawalDeadline);
    }

    private EnrolmentTerms keeping(boolean motivationRequired, LocalDate withdrawalDeadline) {
        var terms = new EnrolmentTerms(price, payer, registrationDeadline, minParticipants, maxParticipants,
                leaderApprovalRequired, waitingListPolicy, offerHours, waitingListCapacity);
        terms.motivationRequired = motivationRequired;
        terms.withdrawalDeadline = withdrawalDeadline;
        return terms;
    }

    /** The same terms with every date moved by {@code days}, for a copy of the course. */
    EnrolmentTerms shiftedBy(long days) {
        var terms = new EnrolmentTerms(price, payer, registrationDeadline.plusDays(days), minParticipants,
                maxParticipants, leaderApprovalRequired, waitingListPolicy, offerHours, waitingListCapacity);
        terms.motivationRequired = motivationRequired;
        terms.withdrawalDeadline = withdrawalDeadline == null ? null : withdrawalDeadline.plusDays(days);
        return terms;
    }

    /** Whether a participant may still withdraw: until the withdrawal deadline, or until the first session starts. */
    boolean allowWithdrawal(LocalDateTime now, LocalDateTime firstSessionAt) {
        if (withdrawalDeadline != null) {
            return !now.toLocalDate().isAfter(withdrawalDeadline);
        }
        return firstSessionAt == null || now.isBefore(firstSessionAt);
    }

    public BigDecimal getPrice() {
        return price;
    }

    public Payer getPayer() {
        return payer;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public LocalDate getWithdrawalDeadline() {
        return withdrawalDeadline;
    }

    public int getMinParticipants() {
        return minParticipants;
    }

    public int getMaxParticipants() {
        return maxParticipants;
    }

    public boolean isLeaderApprovalRequired() {
        return leaderApprovalRequired;
    }

    public boolean isMotivationRequired() {
        return motivationRequired;
    }

    public WaitingListPolicy getWaitingListPolicy() {
        return waitingListPolicy;
    }

    public Integer getOfferHours() {
        return offerHours;
    }

    public int getWaitingListCapacity() {
        return waitingListCapacity;
    }
}
