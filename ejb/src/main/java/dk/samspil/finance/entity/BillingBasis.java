package dk.samspil.finance.entity;

/** Why a line is on an invoice or a credit note. */
public enum BillingBasis {
    /** The participant held a seat when the withdrawal deadline passed (or took one after it). */
    SEATED,
    /** The participant gave up the seat after the withdrawal deadline: the place is still paid for. */
    WITHDRAWN_LATE,
    /** The course was cancelled: what was invoiced is credited. */
    COURSE_CANCELLED
}
