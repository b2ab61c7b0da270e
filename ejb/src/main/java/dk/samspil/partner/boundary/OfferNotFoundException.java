package dk.samspil.partner.boundary;

import dk.samspil.shared.NotFoundException;

/** An offer or a request that does not exist or is not the caller's to see or change: the same answer. */
public class OfferNotFoundException extends NotFoundException {

    public OfferNotFoundException(long id) {
        super("offer.not-found", id);
    }
}
