package dk.samspil.enrolment.entity;

import dk.samspil.catalog.entity.Course;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A person's place on a course, and the rules for how it changes. Every transition names the
 * statuses it may start from; anything else is refused, so a double click or a stale page never
 * moves an enrolment twice. Seat decisions take an {@link Occupancy} read under the course's lock.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    public static final int MOTIVATION_MAX = 1000;
    public static final int PAYER_REFERENCE_MAX = 60;

    private static final Set<EnrolmentStatus> CANCELLABLE = Set.of(EnrolmentStatus.REQUESTED,
            EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED,
            EnrolmentStatus.OFFERED);

    private static final Set<EnrolmentStatus> REFERABLE = Set.of(EnrolmentStatus.REQUESTED,
            EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED,
            EnrolmentStatus.OFFERED, EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    @PersonalData(Kind.PERSON)
    private Account participant;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @PersonalData(Kind.ACTIVITY)
    private EnrolmentStatus status;

    @Size(max = MOTIVATION_MAX)
    @Column(length = MOTIVATION_MAX)
    @PersonalData(Kind.CONTENT)
    private String motivation;

    /** Order in the waiting list (lower first); only while waitlisted. Positions are counted from it. */
    @Column(name = "waitlist_rank")
    private Long waitlistRank;

    @Column(name = "offer_expires_at")
    private LocalDateTime offerExpiresAt;

    /** Kept by the database (ON UPDATE CURRENT_TIMESTAMP); read for the leaders' "last activity". */
    @Column(name = "updated_at", insertable = false, updatable = false)
    private LocalDateTime updatedAt;

    @Column(name = "completion_decided", nullable = false)
    private boolean completionDecided;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private LocalDateTime createdAt;

    /** The payer's order or person reference for this place, when the payer wants one per place. */
    @Size(max = PAYER_REFERENCE_MAX)
    @Column(name = "payer_reference", length = PAYER_REFERENCE_MAX)
    private String payerReference;

    /** When a seated participant gave the seat up; billing asks whether that was after the withdrawal deadline. */
    @Column(name = "seat_released_at")
    @PersonalData(Kind.ACTIVITY)
    private LocalDateTime seatReleasedAt;

    @Version
    private long version;

    protected Enrolment() {
    }

    /** Kept for fixtures and imports that know the outcome already. */
    public Enrolment(Course course, Account participant, EnrolmentStatus status) {
        this.course = course;
        this.participant = participant;
        this.status = status;
    }

    /** A new request: waits for a leader when one must approve, otherwise is placed at once by {@link #place}. */
    public static Enrolment request(Course course, Account participant, String motivation, boolean approvalNeeded) {
        String text = motivation == null || motivation.isBlank() ? null : motivation.strip();
        if (text != null && text.length() > MOTIVATION_MAX) {
            throw new EnrolmentRefusedException("enrolment.refused.motivation-too-long", MOTIVATION_MAX);
        }
        if (course.getEnrolmentTerms().isMotivationRequired() && text == null) {
            throw new EnrolmentRefusedException("enrolment.refused.motivation-required");
        }
        Enrolment enrolment = new Enrolment(course, participant,
                approvalNeeded ? EnrolmentStatus.AWAITING_APPROVAL : EnrolmentStatus.REQUESTED);
        enrolment.motivation = text;
        return enrolment;
    }

    /** A seat if one is free, else the end of the line if there is room, else refused. Returns the new occupancy. */
    public Occupancy place(Occupancy occupancy) {
        require(Set.of(EnrolmentStatus.REQUESTED), "place");
        if (occupancy.hasFreeSeat()) {
            status = EnrolmentStatus.CONFIRMED;
            return occupancy.seated();
        }
        if (occupancy.hasRoomInLine()) {
            status = EnrolmentStatus.WAITLISTED;
            waitlistRank = occupancy.lastRank() + 1;
            return occupancy.queued();
        }
        throw new EnrolmentRefusedException("enrolment.refused.full");
    }

    /** The leader's yes: the request is then placed like any other. */
    public void approve() {
        require(Set.of(EnrolmentStatus.AWAITING_APPROVAL), "approve");
        status = EnrolmentStatus.REQUESTED;
    }

    public void reject() {
        require(Set.of(EnrolmentStatus.AWAITING_APPROVAL), "reject");
        status = EnrolmentStatus.REJECTED;
    }

    /**
     * Leaves the course or the line. Returns whether a seat was freed for the next in line. A seated
     * participant's time of leaving is kept: after the withdrawal deadline the place is still paid for.
     */
    public boolean withdraw(LocalDateTime now) {
        require(Set.of(EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED,
                EnrolmentStatus.OFFERED), "withdraw");
        boolean freed = status.holdsSeat();
        if (EnrolmentStatus.SEATED.contains(status)) {
            seatReleasedAt = now;
        }
        leaveLine();
        status = EnrolmentStatus.WITHDRAWN;
        return freed;
    }

    /** The first in line gets the freed seat at once. */
    public void promote() {
        require(Set.of(EnrolmentStatus.WAITLISTED), "promote");
        leaveLine();
        status = EnrolmentStatus.CONFIRMED;
    }

    /** The first in line is offered the freed seat until {@code expiresAt}; the seat is held meanwhile. */
    public void offer(LocalDateTime expiresAt) {
        require(Set.of(EnrolmentStatus.WAITLISTED), "offer");
        leaveLine();
        status = EnrolmentStatus.OFFERED;
        offerExpiresAt = expiresAt;
    }

    public void acceptOffer(LocalDateTime now) {
        require(Set.of(EnrolmentStatus.OFFERED), "accept");
        if (now.isAfter(offerExpiresAt)) {
            throw new EnrolmentRefusedException("enrolment.refused.offer-expired");
        }
        offerExpiresAt = null;
        status = EnrolmentStatus.CONFIRMED;
    }

    /** An offer not taken in time passes on; the person is out of the line. */
    public void expireOffer() {
        require(Set.of(EnrolmentStatus.OFFERED), "expire");
        offerExpiresAt = null;
        status = EnrolmentStatus.WITHDRAWN;
    }

    /** A consultant admits someone from the line beyond the seats (the reason is kept in the audit trail). */
    public void admitOverCapacity() {
        require(Set.of(EnrolmentStatus.WAITLISTED), "admit");
        leaveLine();
        status = EnrolmentStatus.CONFIRMED;
    }

    /** The course was cancelled: every active enrolment ends with it. */
    public void cancel() {
        require(CANCELLABLE, "cancel");
        leaveLine();
        status = EnrolmentStatus.CANCELLED;
    }

    public void complete() {
        require(Set.of(EnrolmentStatus.CONFIRMED), "complete");
        status = EnrolmentStatus.COMPLETED;
    }

    /** A consultant takes a completion back (it was given in error); the seat stays taken. */
    public void reopen() {
        require(Set.of(EnrolmentStatus.COMPLETED), "reopen");
        status = EnrolmentStatus.CONFIRMED;
    }

    /**
     * A consultant decides completion by hand: completed, or taken back. From then on the course's
     * completion rule leaves this enrolment alone.
     */
    public void decideCompletion(boolean completed) {
        if (completed) {
            complete();
        } else {
            reopen();
        }
        completionDecided = true;
    }

    /**
     * The payer's reference for this place (blank: none): given by the leader who approves it, or by
     * the finance office while the place waits for one; also for a place given up late, which is
     * still paid for. Never for a place that was rejected or whose course was cancelled.
     */
    public void referToPayer(String reference) {
        String text = reference == null || reference.isBlank() ? null : reference.strip();
        if (text != null && text.length() > PAYER_REFERENCE_MAX) {
            throw new EnrolmentRefusedException("enrolment.refused.reference-too-long", PAYER_REFERENCE_MAX);
        }
        require(REFERABLE, "refer");
        payerReference = text;
    }

    public String getPayerReference() {
        return payerReference;
    }

    public LocalDateTime getSeatReleasedAt() {
        return seatReleasedAt;
    }

    public boolean isCompletionDecided() {
        return completionDecided;
    }

    /** Moves this waitlisted enrolment to another place in line (the caller renumbers the others). */
    public void rankAt(long rank) {
        require(Set.of(EnrolmentStatus.WAITLISTED), "reorder");
        waitlistRank = rank;
    }

    private void leaveLine() {
        waitlistRank = null;
        offerExpiresAt = null;
    }

    private void require(Set<EnrolmentStatus> allowed, String step) {
        if (!allowed.contains(status)) {
            throw new EnrolmentRefusedException("enrolment.refused.step", step, status);
        }
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Account getParticipant() {
        return participant;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public String getMotivation() {
        return motivation;
    }

    public Long getWaitlistRank() {
        return waitlistRank;
    }

    public LocalDateTime getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
