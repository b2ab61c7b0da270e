package dk.samspil.finance.entity;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.enrolment.entity.EnrolmentStatus;

import java.time.LocalDateTime;

/**
 * When a place on a course is paid for. A place becomes billable once withdrawing is no longer free
 * (the course's withdrawal deadline has passed, or without one its first session has begun) and the
 * participant holds a seat then, or takes one later, or gives theirs up after that moment. A
 * withdrawal in time, a place on the waiting list, a rejected request or a free course costs
 * nothing. A cancelled course costs nothing, and what was invoiced for it is credited. A place is
 * invoiced once and credited at most once.
 */
public final class BillingRule {

    private BillingRule() {
    }

    public static BillingVerdict decide(BillingFacts facts, LocalDateTime now) {
        if (facts.invoiced()) {
            return facts.courseStatus() == CourseStatus.CANCELLED && !facts.credited()
                    ? BillingVerdict.credit()
                    : BillingVerdict.none(facts.credited() ? "credited" : "invoiced");
        }
        if (facts.payer() == Payer.FUNDED || facts.price().signum() == 0) {
            return BillingVerdict.none("free");
        }
        if (facts.courseStatus() == CourseStatus.CANCELLED) {
            return BillingVerdict.none("course-cancelled-before");
        }
        LocalDateTime withdrawalEnds = facts.withdrawalEnds();
        if (withdrawalEnds == null || now.isBefore(withdrawalEnds)) {
            return BillingVerdict.none("before-deadline");
        }
        if (EnrolmentStatus.SEATED.contains(facts.status())) {
            return BillingVerdict.invoice(BillingBasis.SEATED);
        }
        if (facts.status() == EnrolmentStatus.WITHDRAWN && facts.seatReleasedAt() != null
                && !facts.seatReleasedAt().isBefore(withdrawalEnds)) {
            return BillingVerdict.invoice(BillingBasis.WITHDRAWN_LATE);
        }
        return BillingVerdict.none(facts.status() == EnrolmentStatus.WITHDRAWN ? "withdrawn-in-time" : "no-seat");
    }
}
