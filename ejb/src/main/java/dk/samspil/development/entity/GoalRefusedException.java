package dk.samspil.development.entity;

import dk.samspil.shared.FieldRefusedException;

/** A goal, or a change or comment on one, that the rules refuse. */
public class GoalRefusedException extends FieldRefusedException {

    public GoalRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
