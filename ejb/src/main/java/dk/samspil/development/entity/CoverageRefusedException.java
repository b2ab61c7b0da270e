package dk.samspil.development.entity;

import dk.samspil.shared.BusinessException;

/** A value for the coverage plan that cannot be right (negative, absurd, or someone else's). */
public class CoverageRefusedException extends BusinessException {

    private final String field;

    public CoverageRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
