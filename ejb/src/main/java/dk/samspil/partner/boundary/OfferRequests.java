package dk.samspil.partner.boundary;

import dk.samspil.partner.control.OfferMails;
import dk.samspil.partner.control.OfferPlaces;
import dk.samspil.partner.control.PeriodLock;
import dk.samspil.partner.entity.OfferPeriod;
import dk.samspil.partner.entity.OfferRefusedException;
import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.partner.entity.PartnerOffer;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;
import java.util.Map;

/**
 * A teacher or leader (every leader is also a participant) requests a partner's offer for a class
 * at their workplace, follows the answer, takes a time the partner proposed, or cancels. Requests
 * for one period are decided one after the other under its lock, so its last place goes to
 * exactly one of two requests made at once.
 */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class OfferRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    OfferCatalog catalog;

    @Inject
    OfferPlaces places;

    @Inject
    PeriodLock periodLock;

    @Inject
    RequestRows requestRows;

    @Inject
    OfferMails mails;

    public RequestContext context(long offerId, Locale locale) {
        Account me = callers.meWithInstitution();
        return new RequestContext(catalog.published(offerId, locale, true),
                me.getInstitution() == null ? null : me.getInstitution().getName());
    }

    /** A request for the period the wished day falls in; refused when its places are taken. */
    public long request(long offerId, OfferRequest.Wish wish) {
        if (wish.startsAt() == null) {
            throw new OfferRefusedException("date", "offer.request.times-required");
        }
        PartnerOffer offer = em.createQuery("SELECT o FROM PartnerOffer o WHERE o.id = :id AND o.published = TRUE",
                        PartnerOffer.class)
                .setParameter("id", offerId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OfferNotFoundException(offerId));
        OfferPeriod period = offer.periodOn(wish.startsAt().toLocalDate())
                .orElseThrow(() -> new OfferRefusedException("date", "offer.request.no-period"));
        periodLock.lock(period.getId());
        Account me = callers.meWithInstitution();
        OfferRequest request = new OfferRequest(period, places.held(period.getId()), me, me.getInstitution(), wish,
                DanishTime.now());
        em.persist(request);
        em.flush();
        mails.toPartner(request, "offer-requested", request.getMessage());
        return request.getId();
    }

    /** The caller's requests with their history, a page at a time, open ones first. */
    public ResultPage<RequestRow> mine(int page, Locale locale) {
        return requestRows.where("r.requestedBy.id = :me", Map.of("me", callers.me().getId()), page, locale);
    }

    public void acceptProposal(long requestId) {
        Account me = callers.me();
        OfferRequest request = mine(requestId, me);
        request.acceptProposal(me, DanishTime.now());
        mails.toPartner(request, "offer-proposal-taken", null);
    }

    public void cancel(long requestId, String note) {
        Account me = callers.me();
        OfferRequest request = mine(requestId, me);
        request.cancel(me, note, DanishTime.now());
        mails.toPartner(request, "offer-cancelled", note);
    }

    private OfferRequest mine(long id, Account me) {
        return em.createQuery("SELECT r FROM OfferRequest r WHERE r.id = :id AND r.requestedBy = :me", OfferRequest.class)
                .setParameter("id", id)
                .setParameter("me", me)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OfferNotFoundException(id));
    }
}
