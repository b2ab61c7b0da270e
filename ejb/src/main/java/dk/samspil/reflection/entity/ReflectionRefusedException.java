package dk.samspil.reflection.entity;

import dk.samspil.shared.FieldRefusedException;

/** A reflection, or a step with one, that the rules refuse; the key says why. */
public class ReflectionRefusedException extends FieldRefusedException {

    public ReflectionRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
