package dk.samspil.partner.entity;

import java.util.Set;

/**
 * Where a request for an offer stands. Requested: waiting for the partner. Proposed: the partner
 * proposed another time and waits for the requester. Accepted: a booking. Declined by the partner
 * or cancelled by the requester: closed.
 */
public enum RequestStatus {
    REQUESTED, PROPOSED, ACCEPTED, DECLINED, CANCELLED;

    /** Statuses that hold one of the period's places. */
    public static final Set<RequestStatus> HOLDING = Set.of(REQUESTED, PROPOSED, ACCEPTED);

    public boolean holdsPlace() {
        return HOLDING.contains(this);
    }
}
