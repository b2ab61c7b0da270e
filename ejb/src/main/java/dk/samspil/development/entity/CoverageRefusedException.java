package dk.samspil.development.entity;

import dk.samspil.shared.FieldRefusedException;

/** A value for the coverage plan that cannot be right (negative, absurd, or someone else's). */
public class CoverageRefusedException extends FieldRefusedException {

    public CoverageRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
