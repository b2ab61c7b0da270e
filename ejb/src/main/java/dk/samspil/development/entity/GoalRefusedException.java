package dk.samspil.development.entity;

import dk.samspil.shared.BusinessException;

/** A goal, or a change or comment on one, that the rules refuse. */
public class GoalRefusedException extends BusinessException {

    private final String field;

    public GoalRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
