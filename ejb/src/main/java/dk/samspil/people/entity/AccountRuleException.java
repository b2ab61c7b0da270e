package dk.samspil.people.entity;

import dk.samspil.shared.FieldRefusedException;

/** An account's data or roles break one of the rules of who may hold what. */
public class AccountRuleException extends FieldRefusedException {

    public AccountRuleException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
