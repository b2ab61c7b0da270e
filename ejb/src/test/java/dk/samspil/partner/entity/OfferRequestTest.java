package dk.samspil.partner.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static dk.samspil.partner.entity.Offers.NOW;
import static dk.samspil.partner.entity.Offers.wish;
import static dk.samspil.partner.entity.PartnerOfferTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfferRequestTest {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 10);

    private final Offers given = new Offers();

    private OfferRequest request(OfferPeriod period, long held) {
        return new OfferRequest(period, held, given.teacher, given.school, wish(DAY), NOW);
    }

    @Test
    void theLastPlaceGoesToOneRequestAndAFullPeriodRefusesTheNext() {
        OfferPeriod period = given.february(2);
        OfferRequest last = request(period, 1);
        assertEquals(RequestStatus.REQUESTED, last.getStatus());
        assertEquals("2.B", last.getClassLabel());
        assertEquals(1, last.getSteps().size());
        OfferRefusedException full = refused(() -> request(period, 2));
        assertEquals("offer.request.full", full.messageKey());
        assertEquals("date", full.field());
    }

    @Test
    void aRequestIsForAPublishedOfferAClassOfItsAgeGroupsAndAWorkplace() {
        OfferPeriod period = given.february(5);
        period.getOffer().withdraw();
        assertEquals("offer.request.not-published", refused(() -> request(period, 0)).messageKey());
        period.getOffer().publish();
        assertEquals("offer.request.age-group", refused(() -> new OfferRequest(period, 0, given.teacher, given.school,
                new OfferRequest.Wish("8.A", AgeGroup.GRADES_7_10, 20, DAY.atTime(9, 0), DAY.atTime(10, 0), null), NOW)).messageKey());
        assertEquals("offer.request.no-workplace", refused(() -> new OfferRequest(period, 0, given.teacher, null, wish(DAY), NOW))
                .messageKey());
        assertEquals("classLabel", refused(() -> new OfferRequest(period, 0, given.teacher, given.school,
                new OfferRequest.Wish("  ", AgeGroup.GRADES_0_3, 20, DAY.atTime(9, 0), DAY.atTime(10, 0), null), NOW)).field());
        assertEquals("pupils", refused(() -> new OfferRequest(period, 0, given.teacher, given.school,
                new OfferRequest.Wish("2.B", AgeGroup.GRADES_0_3, 0, DAY.atTime(9, 0), DAY.atTime(10, 0), null), NOW)).field());
        assertEquals("message", refused(() -> new OfferRequest(period, 0, given.teacher, given.school,
                new OfferRequest.Wish("2.B", AgeGroup.GRADES_0_3, 20, DAY.atTime(9, 0), DAY.atTime(10, 0),
                        "x".repeat(OfferRequest.MESSAGE_MAX + 1)), NOW)).field());
    }

    @Test
    void timesAreOnOneDayAfterTodayInsideThePeriod() {
        OfferPeriod period = given.february(5);
        assertEquals("offer.request.times-order", refused(() -> new OfferRequest(period, 0, given.teacher, given.school,
                new OfferRequest.Wish("2.B", AgeGroup.GRADES_0_3, 20, DAY.atTime(11, 0), DAY.atTime(9, 0), null), NOW)).messageKey());
        assertEquals("offer.request.times-order", refused(() -> new OfferRequest(period, 0, given.teacher, given.school,
                new OfferRequest.Wish("2.B", AgeGroup.GRADES_0_3, 20, DAY.atTime(11, 0), DAY.plusDays(1).atTime(9, 0), null), NOW))
                .messageKey());
        assertEquals("offer.request.outside-period", refused(() -> new OfferRequest(period, 0, given.teacher, given.school,
                wish(LocalDate.of(2027, 3, 1)), NOW)).messageKey());
        assertEquals("offer.request.past", refused(() -> new OfferRequest(period, 0, given.teacher, given.school,
                wish(DAY), DAY.atTime(8, 0))).messageKey());
    }

    @Test
    void thePartnerAcceptsAndTheBookingCanStillBeCancelledOnce() {
        OfferRequest request = request(given.february(3), 0);
        request.accept(given.partnerLogin, "Vi kommer", NOW);
        assertEquals(RequestStatus.ACCEPTED, request.getStatus());
        assertEquals(0, request.getSequence());
        assertEquals("offer.request.status-changed", refused(() -> request.accept(given.partnerLogin, null, NOW)).messageKey());
        request.cancel(given.teacher, "Klassen er på lejrskole", NOW);
        assertEquals(RequestStatus.CANCELLED, request.getStatus());
        assertEquals(1, request.getSequence(), "the feed's copy is replaced");
        assertFalse(request.getStatus().holdsPlace());
        assertEquals("offer.request.status-changed", refused(() -> request.cancel(given.teacher, null, NOW)).messageKey());
        assertEquals(3, request.getSteps().size());
    }

    @Test
    void aProposalMovesTheTimesWithinThePeriodAndWaitsForTheRequester() {
        OfferRequest request = request(given.february(3), 0);
        LocalDateTime from = LocalDate.of(2027, 2, 17).atTime(12, 0);
        assertEquals("offer.request.same-time", refused(() -> request.propose(given.partnerLogin, DAY.atTime(9, 0),
                DAY.atTime(11, 0), null, NOW)).messageKey());
        assertEquals("offer.request.outside-period", refused(() -> request.propose(given.partnerLogin,
                LocalDate.of(2027, 3, 3).atTime(9, 0), LocalDate.of(2027, 3, 3).atTime(10, 0), null, NOW)).messageKey());
        request.propose(given.partnerLogin, from, from.plusHours(2), "Onsdag passer bedre", NOW);
        assertEquals(RequestStatus.PROPOSED, request.getStatus());
        assertEquals(from, request.getStartsAt());
        assertTrue(request.getStatus().holdsPlace());
        assertEquals("offer.request.status-changed", refused(() -> request.accept(given.partnerLogin, null, NOW)).messageKey());
        request.acceptProposal(given.teacher, NOW);
        assertEquals(RequestStatus.ACCEPTED, request.getStatus());
        OfferRequestStep proposal = request.getSteps().get(1);
        assertEquals(RequestStatus.PROPOSED, proposal.getStatus());
        assertEquals(from, proposal.getStartsAt());
        assertEquals("Onsdag passer bedre", proposal.getMessage());
        assertEquals(DAY.atTime(9, 0), request.getSteps().get(0).getStartsAt(), "the first step keeps the wished time");
    }

    @Test
    void aDeclineClosesTheRequestAndFreesThePlace() {
        OfferRequest request = request(given.february(1), 0);
        request.decline(given.partnerLogin, "  ", NOW);
        assertEquals(RequestStatus.DECLINED, request.getStatus());
        assertNull(request.getSteps().get(1).getMessage(), "a blank note is no note");
        assertFalse(request.getStatus().holdsPlace());
        assertEquals("offer.request.status-changed", refused(() -> request.acceptProposal(given.teacher, NOW)).messageKey());
    }

    @Test
    void aVisitWhoseTimeHasComeCanNoLongerChange() {
        OfferRequest request = request(given.february(2), 0);
        request.accept(given.partnerLogin, null, NOW);
        LocalDateTime during = DAY.atTime(9, 30);
        assertEquals("offer.request.over", refused(() -> request.cancel(given.teacher, null, during)).messageKey());
        assertEquals("offer.request.over", refused(() -> request.decline(given.partnerLogin, null, during)).messageKey());
        OfferRequest unanswered = request(given.february(2), 0);
        assertEquals("offer.request.over", refused(() -> unanswered.accept(given.partnerLogin, null, DAY.atTime(12, 0)))
                .messageKey());
    }

    @Test
    void theClassMeetsThePartnerAtTheSchoolWhenThePartnerComes() {
        assertEquals("Fjordskolen", request(given.february(1), 0).place());
    }
}
