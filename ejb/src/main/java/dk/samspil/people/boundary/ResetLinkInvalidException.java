package dk.samspil.people.boundary;

import dk.samspil.shared.BusinessException;

/** A mailed link (to set a password, or to verify an address) is unknown, used, expired or belongs to a deactivated account. */
public class ResetLinkInvalidException extends BusinessException {

    public ResetLinkInvalidException() {
        this("people.password.reset-link-invalid");
    }

    /** Another kind of mailed link (an address verification) that cannot be used. */
    public ResetLinkInvalidException(String messageKey) {
        super(messageKey);
    }
}
