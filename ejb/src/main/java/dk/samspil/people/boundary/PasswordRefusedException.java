package dk.samspil.people.boundary;

import dk.samspil.shared.FieldRefusedException;

/** A password (the current one, or a new one against the policy) was not accepted; says which field. */
public class PasswordRefusedException extends FieldRefusedException {

    public PasswordRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
