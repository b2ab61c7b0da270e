package dk.samspil.people.entity;

import dk.samspil.shared.FieldRefusedException;

/** An institution's data breaks a rule: a number taken or malformed, a name taken, a municipality unknown. */
public class InstitutionRuleException extends FieldRefusedException {

    public InstitutionRuleException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
