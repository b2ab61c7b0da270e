package dk.samspil.partner.entity;

import dk.samspil.people.entity.PartnerContact;
import dk.samspil.people.entity.PartnerKind;
import dk.samspil.people.entity.PartnerOrganisation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static dk.samspil.partner.entity.Offers.TODAY;
import static dk.samspil.partner.entity.Offers.description;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartnerOfferTest {

    private final Offers given = new Offers();

    @Test
    void anOfferNeedsAnAgeGroupAPlaceOrAVisitAndAPriceInRange() {
        assertEquals("offer.age-groups.required", refused(() -> new PartnerOffer(given.partner,
                description(given.contact, Set.of(), null, true, 0))).messageKey());
        assertEquals("offer.place.required", refused(() -> new PartnerOffer(given.partner,
                description(given.contact, EnumSet.of(AgeGroup.DAYCARE), "  ", false, 0))).messageKey());
        assertEquals("price", refused(() -> new PartnerOffer(given.partner,
                description(given.contact, EnumSet.of(AgeGroup.DAYCARE), "Spinderiet", false, -1))).field());
        assertEquals("price", refused(() -> new PartnerOffer(given.partner,
                description(given.contact, EnumSet.of(AgeGroup.DAYCARE), "Spinderiet", false, PartnerOffer.PRICE_MAX + 1))).field());
        assertEquals("place", refused(() -> new PartnerOffer(given.partner,
                description(given.contact, EnumSet.of(AgeGroup.DAYCARE), "x".repeat(PartnerOffer.PLACE_MAX + 1), false, 0))).field());
        PartnerOffer offer = new PartnerOffer(given.partner,
                description(given.contact, EnumSet.of(AgeGroup.DAYCARE), " Spinderiet ", false, PartnerOffer.PRICE_MAX));
        assertEquals("Spinderiet", offer.getPlace());
    }

    @Test
    void theContactMustWorkForTheOfferingOrganisation() {
        PartnerOrganisation other = new PartnerOrganisation("Idrætsforeningen", PartnerKind.ASSOCIATION, null);
        PartnerContact stranger = other.addContact("Bo", "bo@example.org", null);
        assertEquals("offer.contact.not-ours", refused(() -> new PartnerOffer(given.partner,
                description(stranger, EnumSet.of(AgeGroup.DAYCARE), null, true, 0))).messageKey());
    }

    @Test
    void anOfferIsPublishedOnlyWithAPeriodAndCanBeWithdrawn() {
        PartnerOffer offer = given.offer();
        assertEquals("offer.publish.no-period", refused(offer::publish).messageKey());
        offer.addPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), 4, TODAY);
        offer.publish();
        assertTrue(offer.isPublished());
        offer.withdraw();
        assertFalse(offer.isPublished());
    }

    @Test
    void periodsAreInOrderWithinAYearNotPastAndNeverOverlap() {
        PartnerOffer offer = given.offer();
        OfferPeriod spring = offer.addPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), 4, TODAY);
        assertEquals("offer.period.overlaps", refused(() -> offer.addPeriod(LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 4, 30), 4, TODAY)).messageKey());
        assertEquals("offer.period.ends-before-start", refused(() -> offer.addPeriod(LocalDate.of(2027, 5, 2),
                LocalDate.of(2027, 5, 1), 4, TODAY)).messageKey());
        assertEquals("offer.period.past", refused(() -> offer.addPeriod(LocalDate.of(2026, 12, 1),
                TODAY.minusDays(1), 4, TODAY)).messageKey());
        assertEquals("offer.period.too-long", refused(() -> offer.addPeriod(LocalDate.of(2027, 5, 1),
                LocalDate.of(2028, 5, 2), 4, TODAY)).messageKey());
        assertEquals("capacity", refused(() -> offer.addPeriod(LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 31), 0, TODAY)).field());
        assertEquals("capacity", refused(() -> offer.addPeriod(LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 31), OfferPeriod.CAPACITY_MAX + 1, TODAY)).field());
        OfferPeriod autumn = offer.addPeriod(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30), 1, TODAY);
        assertEquals(spring, offer.periodOn(LocalDate.of(2027, 3, 31)).orElseThrow());
        assertEquals(autumn, offer.periodOn(LocalDate.of(2027, 9, 1)).orElseThrow());
        assertTrue(offer.periodOn(LocalDate.of(2027, 6, 1)).isEmpty());
    }

    @Test
    void aPeriodWithRequestsStaysAsTheirHistory() {
        PartnerOffer offer = given.offer();
        OfferPeriod spring = offer.addPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), 4, TODAY);
        assertEquals("offer.period.has-requests", refused(() -> offer.removePeriod(spring, 1)).messageKey());
        offer.removePeriod(spring, 0);
        assertTrue(offer.getPeriods().isEmpty());
    }

    @Test
    void aGradeBelongsToItsSchoolStage() {
        assertEquals(AgeGroup.GRADES_0_3, AgeGroup.ofGrade(0));
        assertEquals(AgeGroup.GRADES_0_3, AgeGroup.ofGrade(3));
        assertEquals(AgeGroup.GRADES_4_6, AgeGroup.ofGrade(4));
        assertEquals(AgeGroup.GRADES_4_6, AgeGroup.ofGrade(6));
        assertEquals(AgeGroup.GRADES_7_10, AgeGroup.ofGrade(7));
        assertEquals(AgeGroup.GRADES_7_10, AgeGroup.ofGrade(10));
        assertThrows(IllegalArgumentException.class, () -> AgeGroup.ofGrade(11));
    }

    static OfferRefusedException refused(Runnable action) {
        return assertThrows(OfferRefusedException.class, action::run);
    }
}
