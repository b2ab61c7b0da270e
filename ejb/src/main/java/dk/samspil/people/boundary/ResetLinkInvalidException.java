package dk.samspil.people.boundary;

import dk.samspil.shared.BusinessException;

/** A password reset link that is unknown, used, expired or belongs to a deactivated account. */
public class ResetLinkInvalidException extends BusinessException {

    public ResetLinkInvalidException() {
        super("people.password.reset-link-invalid");
    }
}
