package dk.samspil.finance.entity;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BillingRuleTest {

    /** A course for 1.450 kr. paid by the institution; withdrawing is free until 15 February 2027. */
    private static final LocalDate DEADLINE = LocalDate.of(2027, 2, 15);
    private static final LocalDateTime FIRST_SESSION = LocalDateTime.of(2027, 3, 1, 9, 0);
    private static final LocalDateTime DAY_AFTER_DEADLINE = LocalDateTime.of(2027, 2, 16, 0, 0);

    private static BillingFacts facts(EnrolmentStatus status, LocalDateTime seatReleasedAt) {
        return new BillingFacts(CourseStatus.PUBLISHED, new BigDecimal("1450.00"), Payer.INSTITUTION, DEADLINE,
                FIRST_SESSION, status, seatReleasedAt, false, false);
    }

    private static BillingVerdict decide(BillingFacts facts, LocalDateTime now) {
        return BillingRule.decide(facts, now);
    }

    @Test
    void aSeatIsInvoicedFromTheFirstMomentAfterTheWithdrawalDeadline() {
        assertEquals(BillingVerdict.none("before-deadline"),
                decide(facts(EnrolmentStatus.CONFIRMED, null), LocalDateTime.of(2027, 2, 15, 23, 59, 59)));
        assertEquals(BillingVerdict.invoice(BillingBasis.SEATED),
                decide(facts(EnrolmentStatus.CONFIRMED, null), DAY_AFTER_DEADLINE));
        assertEquals(BillingVerdict.invoice(BillingBasis.SEATED),
                decide(facts(EnrolmentStatus.COMPLETED, null), DAY_AFTER_DEADLINE.plusMonths(3)));
    }

    @Test
    void withoutADeadlineWithdrawingIsFreeUntilTheFirstSessionStarts() {
        var noDeadline = new BillingFacts(CourseStatus.PUBLISHED, new BigDecimal("900"), Payer.MUNICIPALITY, null,
                FIRST_SESSION, EnrolmentStatus.CONFIRMED, null, false, false);
        assertEquals(BillingVerdict.none("before-deadline"), decide(noDeadline, FIRST_SESSION.minusMinutes(1)));
        assertEquals(BillingVerdict.invoice(BillingBasis.SEATED), decide(noDeadline, FIRST_SESSION));
        var noSessions = new BillingFacts(CourseStatus.PUBLISHED, new BigDecimal("900"), Payer.MUNICIPALITY, null,
                null, EnrolmentStatus.CONFIRMED, null, false, false);
        assertEquals(BillingVerdict.none("before-deadline"), decide(noSessions, FIRST_SESSION.plusYears(1)));
    }

    @Test
    void aWithdrawalInTimeCostsNothingButAfterTheDeadlineThePlaceIsPaidFor() {
        assertEquals(BillingVerdict.none("withdrawn-in-time"), decide(facts(EnrolmentStatus.WITHDRAWN,
                LocalDateTime.of(2027, 2, 15, 22, 0)), DAY_AFTER_DEADLINE));
        assertEquals(BillingVerdict.invoice(BillingBasis.WITHDRAWN_LATE), decide(facts(EnrolmentStatus.WITHDRAWN,
                DAY_AFTER_DEADLINE), DAY_AFTER_DEADLINE.plusDays(1)));
        assertEquals(BillingVerdict.none("withdrawn-in-time"), decide(facts(EnrolmentStatus.WITHDRAWN, null),
                DAY_AFTER_DEADLINE), "left the line or an offer: never held a seat");
    }

    @ParameterizedTest
    @EnumSource(value = EnrolmentStatus.class, names = {"AWAITING_APPROVAL", "WAITLISTED", "OFFERED", "REJECTED", "REQUESTED"})
    void withoutASeatNothingIsOwed(EnrolmentStatus status) {
        assertEquals(BillingVerdict.none("no-seat"), decide(facts(status, null), DAY_AFTER_DEADLINE));
    }

    @Test
    void aFreeCourseIsNeverInvoiced() {
        var funded = new BillingFacts(CourseStatus.PUBLISHED, BigDecimal.ZERO, Payer.FUNDED, DEADLINE, FIRST_SESSION,
                EnrolmentStatus.CONFIRMED, null, false, false);
        assertEquals(BillingVerdict.none("free"), decide(funded, DAY_AFTER_DEADLINE));
    }

    @Test
    void aCancelledCourseCostsNothingAndWhatWasInvoicedIsCreditedOnce() {
        var cancelled = new BillingFacts(CourseStatus.CANCELLED, new BigDecimal("1450.00"), Payer.INSTITUTION, DEADLINE,
                FIRST_SESSION, EnrolmentStatus.CANCELLED, null, false, false);
        assertEquals(BillingVerdict.none("course-cancelled-before"), decide(cancelled, DAY_AFTER_DEADLINE));
        var invoiced = new BillingFacts(CourseStatus.CANCELLED, new BigDecimal("1450.00"), Payer.INSTITUTION, DEADLINE,
                FIRST_SESSION, EnrolmentStatus.CANCELLED, null, true, false);
        assertEquals(BillingVerdict.credit(), decide(invoiced, DAY_AFTER_DEADLINE));
        var credited = new BillingFacts(CourseStatus.CANCELLED, new BigDecimal("1450.00"), Payer.INSTITUTION, DEADLINE,
                FIRST_SESSION, EnrolmentStatus.CANCELLED, null, true, true);
        assertEquals(BillingVerdict.none("credited"), decide(credited, DAY_AFTER_DEADLINE));
    }

    @Test
    void aPlaceIsInvoicedOnce() {
        var invoiced = new BillingFacts(CourseStatus.PUBLISHED, new BigDecimal("1450.00"), Payer.INSTITUTION, DEADLINE,
                FIRST_SESSION, EnrolmentStatus.COMPLETED, null, true, false);
        assertEquals(BillingVerdict.none("invoiced"), decide(invoiced, DAY_AFTER_DEADLINE.plusMonths(2)));
    }

    /**
     * Worked by hand: Fjordskolen has five people on a course for 1.450 kr. with the deadline
     * 15 February. Anne, Mette and Lars are seated; Jonas withdrew himself on 10 February; Sofie is on
     * the waiting list. On 16 February three places are owed: 3 × 1.450 = 4.350 kr. Lars gives his seat
     * up on 20 February, after the deadline, so on 21 February the same 4.350 kr. is owed. Jonas and
     * Sofie owe nothing.
     */
    @Test
    void aHandCheckedExample() {
        var anne = facts(EnrolmentStatus.CONFIRMED, null);
        var mette = facts(EnrolmentStatus.CONFIRMED, null);
        var jonas = facts(EnrolmentStatus.WITHDRAWN, LocalDateTime.of(2027, 2, 10, 14, 0));
        var larsOn16th = facts(EnrolmentStatus.CONFIRMED, null);
        var larsOn21st = facts(EnrolmentStatus.WITHDRAWN, LocalDateTime.of(2027, 2, 20, 8, 30));
        var sofie = facts(EnrolmentStatus.WAITLISTED, null);
        LocalDateTime run1 = LocalDateTime.of(2027, 2, 16, 9, 0);
        LocalDateTime run2 = LocalDateTime.of(2027, 2, 21, 9, 0);
        assertEquals(new BigDecimal("4350.00"), owed(run1, anne, mette, jonas, larsOn16th, sofie));
        assertEquals(new BigDecimal("4350.00"), owed(run2, anne, mette, jonas, larsOn21st, sofie));
        assertEquals(BillingBasis.WITHDRAWN_LATE, decide(larsOn21st, run2).basis());
        assertEquals(BillingVerdict.Action.NONE, decide(jonas, run2).action());
    }

    private static BigDecimal owed(LocalDateTime now, BillingFacts... places) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (BillingFacts place : places) {
            if (decide(place, now).action() == BillingVerdict.Action.INVOICE) {
                total = total.add(place.price());
            }
        }
        return total;
    }
}
