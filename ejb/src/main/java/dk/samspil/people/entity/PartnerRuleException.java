package dk.samspil.people.entity;

import dk.samspil.shared.BusinessException;

/** A partner organisation, contact or proposal that breaks a rule, told next to its field when there is one. */
public class PartnerRuleException extends BusinessException {

    private final String field;

    public PartnerRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
