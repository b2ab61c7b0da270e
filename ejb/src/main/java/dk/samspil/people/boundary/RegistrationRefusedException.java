package dk.samspil.people.boundary;

import dk.samspil.shared.FieldRefusedException;

/** A registration that cannot go ahead as typed; nothing was saved and nothing mailed. */
public class RegistrationRefusedException extends FieldRefusedException {

    public RegistrationRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
