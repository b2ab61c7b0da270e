package dk.samspil.enrolment.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * An enrolment's life. Requested only for the instant between asking and being placed;
 * awaiting approval until a leader decides; then confirmed (a seat), waitlisted (in line) or
 * offered (a seat held for a limited time); finally completed, or it ends as rejected, withdrawn
 * or cancelled (the course was). Not completing a course the participant was seated on is a
 * consultant's completion decision, not a status of its own.
 */
public enum EnrolmentStatus {
    REQUESTED, AWAITING_APPROVAL, CONFIRMED, WAITLISTED, OFFERED, COMPLETED, REJECTED, WITHDRAWN, CANCELLED;

    /** Seated on the course: confirmed or completed (an offer holds a seat but is not taken yet). */
    public static final Set<EnrolmentStatus> SEATED = EnumSet.of(CONFIRMED, COMPLETED);

    /** The statuses that occupy one of the course's seats. */
    public static final Set<EnrolmentStatus> SEAT_HOLDING = EnumSet.of(CONFIRMED, OFFERED, COMPLETED);

    /** At most one of these per person and course (the database's unique key says the same). */
    public static final Set<EnrolmentStatus> ACTIVE =
            EnumSet.of(REQUESTED, AWAITING_APPROVAL, CONFIRMED, WAITLISTED, OFFERED, COMPLETED);

    public boolean holdsSeat() {
        return SEAT_HOLDING.contains(this);
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
