package dk.samspil.enrolment.entity;

import java.util.EnumSet;
import java.util.Set;

public enum EnrolmentStatus {
    REQUESTED, AWAITING_APPROVAL, CONFIRMED, WAITLISTED, COMPLETED, REJECTED, WITHDRAWN, CANCELLED, NO_SHOW;

    /** The statuses that occupy one of the course's seats. */
    public static final Set<EnrolmentStatus> SEAT_HOLDING = EnumSet.of(CONFIRMED, COMPLETED);

    public boolean holdsSeat() {
        return SEAT_HOLDING.contains(this);
    }
}
