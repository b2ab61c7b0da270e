package dk.samspil.people.boundary;

import dk.samspil.people.entity.RetentionRule;
import dk.samspil.shared.BusinessException;

/** A retention period outside what the rules allow (1–240 months). */
public class RetentionRefusedException extends BusinessException {

    public RetentionRefusedException() {
        super("people.retention.months-range", RetentionRule.MIN_MONTHS, RetentionRule.MAX_MONTHS);
    }
}
