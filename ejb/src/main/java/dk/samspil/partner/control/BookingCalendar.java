package dk.samspil.partner.control;

import dk.samspil.enrolment.control.CalendarEntries;
import dk.samspil.notification.control.CalendarEntry;
import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.partner.entity.PartnerOffer;
import dk.samspil.partner.entity.RequestStatus;
import dk.samspil.people.entity.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

/**
 * Accepted bookings of partners' offers in the calendar feeds of both sides: the person who
 * requested the visit, and each contact of the partner organisation that makes it. A booking keeps
 * its UID; its sequence rises when it changes, and it leaves the feed when it is cancelled or declined.
 */
@Dependent
public class BookingCalendar implements CalendarEntries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CalendarEntry> of(Account owner) {
        boolean partner = owner.getPartnerOrganisation() != null;
        TypedQuery<OfferRequest> query = em.createQuery("""
                        SELECT r FROM OfferRequest r JOIN r.period p JOIN p.offer o
                        WHERE r.status = :accepted AND (r.requestedBy = :owner OR o.partner.id = :partner)""", OfferRequest.class)
                .setHint("eclipselink.join-fetch", "r.period")
                .setHint("eclipselink.join-fetch", "r.period.offer")
                .setHint("eclipselink.join-fetch", "r.period.offer.partner")
                .setHint("eclipselink.join-fetch", "r.institution");
        return query
                .setParameter("accepted", RequestStatus.ACCEPTED)
                .setParameter("owner", owner)
                .setParameter("partner", partner ? owner.getPartnerOrganisation().getId() : -1L)
                .getResultStream()
                .map(booking -> entry(booking, partner && booking.getOffer().getPartner().getId()
                        .equals(owner.getPartnerOrganisation().getId())))
                .toList();
    }

    private static CalendarEntry entry(OfferRequest booking, boolean forPartner) {
        PartnerOffer offer = booking.getOffer();
        String institution = booking.getInstitution().getName();
        String title = offer.getTitle().da() + " – " + (forPartner ? institution + ", " + booking.getClassLabel()
                : offer.getPartner().getName());
        return new CalendarEntry(uid(booking), booking.getSequence(), title, booking.getStartsAt(), booking.getEndsAt(),
                booking.place());
    }

    /** One booking's UID in every feed. */
    public static String uid(OfferRequest booking) {
        return "offer-request-" + booking.getId() + "@samspil";
    }
}
