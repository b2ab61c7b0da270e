package dk.samspil.partner.entity;

import dk.samspil.shared.FieldRefusedException;

/** An offer, a period or a request that the rules refuse; the field names the form field it belongs next to, if any. */
public class OfferRefusedException extends FieldRefusedException {

    public OfferRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
