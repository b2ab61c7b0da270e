package dk.samspil.reflection.entity;

import dk.samspil.shared.BusinessException;

/** A reflection, or a step with one, that the rules refuse; the key says why. */
public class ReflectionRefusedException extends BusinessException {

    private final String field;

    public ReflectionRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
