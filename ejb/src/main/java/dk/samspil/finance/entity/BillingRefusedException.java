package dk.samspil.finance.entity;

import dk.samspil.shared.BusinessException;

import java.util.List;

/** A billing run, or a change to an issued document, that cannot be done; nothing was issued or changed. */
public class BillingRefusedException extends BusinessException {

    private final transient List<Detail> details;

    public BillingRefusedException(String messageKey, Object... arguments) {
        this(List.of(), messageKey, arguments);
    }

    public BillingRefusedException(List<Detail> details, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.details = List.copyOf(details);
    }

    @Override
    public List<Detail> details() {
        return details;
    }
}
