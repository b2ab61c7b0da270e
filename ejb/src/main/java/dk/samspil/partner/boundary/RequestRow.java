package dk.samspil.partner.boundary;

import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.partner.entity.RequestStatus;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A request for an offer with its history: for the requester, the partner and the leaders of the
 * requester's institution alike. While the partner proposes another time, the times are the proposal.
 */
public record RequestRow(long id, long offerId, String offerTitle, String partner, String institution,
                         String classLabel, AgeGroup ageGroup, int pupils, LocalDateTime startsAt,
                         LocalDateTime endsAt, RequestStatus status, boolean upcoming, String requestedBy,
                         String requesterEmail, String place, List<StepRow> steps) implements Serializable {

    /** The partner has to answer. */
    public boolean isAwaitingPartner() {
        return status == RequestStatus.REQUESTED && upcoming;
    }

    /** The requester has to answer the partner's proposal. */
    public boolean isAwaitingRequester() {
        return status == RequestStatus.PROPOSED && upcoming;
    }

    /** Still to come and not closed: it can be answered, cancelled or declined. */
    public boolean isOpen() {
        return status.holdsPlace() && upcoming;
    }

    public boolean isBooked() {
        return status == RequestStatus.ACCEPTED && upcoming;
    }
}
