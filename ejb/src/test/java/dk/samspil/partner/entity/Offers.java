package dk.samspil.partner.entity;

import dk.samspil.catalog.entity.Theme;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.InstitutionKind;
import dk.samspil.people.entity.Municipality;
import dk.samspil.people.entity.PartnerContact;
import dk.samspil.people.entity.PartnerKind;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.shared.LocalizedText;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/** An offer, its partner and a school to request it for, made in memory for the rules' tests. */
final class Offers {

    static final LocalDate TODAY = LocalDate.of(2027, 1, 11);
    static final LocalDateTime NOW = TODAY.atTime(9, 30);
    static final Municipality VEJLE = new Municipality("630", "Vejle");
    static final Theme OPEN_SCHOOL = new Theme("open-school", new LocalizedText("Åben skole", "Open school"));

    final PartnerOrganisation partner = new PartnerOrganisation("Læsebedsteforældrene", PartnerKind.VOLUNTEER_ORGANISATION, null);
    final PartnerContact contact = partner.addContact("Kirsten Møller", "kirsten@example.org", null);
    final Account teacher = new Account("anne@example.org", "Anne Larsen", Account.NO_PASSWORD);
    final Account partnerLogin = new Account("kirsten@example.org", "Kirsten Møller", Account.NO_PASSWORD);
    final Institution school = new Institution(VEJLE, "Fjordskolen", InstitutionKind.SCHOOL);

    static PartnerOffer.Description description(PartnerContact contact, Set<AgeGroup> groups, String place, boolean comesToYou,
                                                int price) {
        return new PartnerOffer.Description(contact, OPEN_SCHOOL, VEJLE, new LocalizedText("Læsevenner", "Reading friends"),
                new LocalizedText("Frivillige læser med eleverne.", null), groups, place, comesToYou, price);
    }

    PartnerOffer offer() {
        return new PartnerOffer(partner, description(contact, EnumSet.of(AgeGroup.GRADES_0_3), null, true, 0));
    }

    /** A published offer with one period in February taking {@code capacity} classes. */
    OfferPeriod february(int capacity) {
        PartnerOffer offer = offer();
        OfferPeriod period = offer.addPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 26), capacity, TODAY);
        offer.publish();
        return period;
    }

    static OfferRequest.Wish wish(LocalDate day) {
        return new OfferRequest.Wish(" 2.B ", AgeGroup.GRADES_0_3, 22, day.atTime(9, 0), day.atTime(11, 0), "Vi glæder os");
    }
}
