package dk.samspil.partner.boundary;

import dk.samspil.shared.NotFoundException;

/** A proposal, module or session that does not exist or is not the caller's organisation's to see: the same answer. */
public class PartnerNotFoundException extends NotFoundException {

    public PartnerNotFoundException(String what, long id) {
        super("partner.not-found", what, id);
    }
}
