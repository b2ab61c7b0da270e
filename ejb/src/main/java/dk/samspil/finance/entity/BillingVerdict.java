package dk.samspil.finance.entity;

/**
 * What the billing rule says of one enrolment: invoice it, credit it, or nothing (yet), and why, as
 * a bundle key the finance page shows beside the line.
 */
public record BillingVerdict(Action action, BillingBasis basis, String reasonKey) {

    public enum Action { INVOICE, CREDIT, NONE }

    static BillingVerdict invoice(BillingBasis basis) {
        return new BillingVerdict(Action.INVOICE, basis, "finance.reason." + basis.name().toLowerCase().replace('_', '-'));
    }

    static BillingVerdict credit() {
        return new BillingVerdict(Action.CREDIT, BillingBasis.COURSE_CANCELLED, "finance.reason.course-cancelled");
    }

    static BillingVerdict none(String reason) {
        return new BillingVerdict(Action.NONE, null, "finance.reason." + reason);
    }
}
