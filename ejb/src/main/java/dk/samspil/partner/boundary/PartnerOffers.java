package dk.samspil.partner.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;
import dk.samspil.catalog.boundary.ChoiceLists;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.partner.control.OfferMails;
import dk.samspil.partner.control.OfferPlaces;
import dk.samspil.partner.control.PeriodLock;
import dk.samspil.partner.entity.OfferPeriod;
import dk.samspil.partner.entity.OfferRefusedException;
import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.partner.entity.PartnerOffer;
import dk.samspil.partner.entity.RequestStatus;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Municipality;
import dk.samspil.people.entity.PartnerContact;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A partner's contact manages their organisation's offers (description, periods, publishing) and
 * answers the requests for them: accept, propose another time, or decline. Everything is scoped to
 * the caller's own organisation; another organisation's offer or request is "not found".
 */
@Stateless
@RolesAllowed(Role.PARTNER_NAME)
public class PartnerOffers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ChoiceLists choices;

    @Inject
    OfferPlaces places;

    @Inject
    PeriodLock periodLock;

    @Inject
    RequestRows requestRows;

    @Inject
    OfferMails mails;

    /** The organisation's offers with their number of periods, open requests and bookings, in one statement. */
    public List<MyOfferRow> mine(Locale locale) {
        return em.createQuery("""
                        SELECT o.id, o.title.da, o.title.en, t.name.da, t.name.en, o.published,
                               (SELECT COUNT(p) FROM OfferPeriod p WHERE p.offer = o),
                               (SELECT COUNT(r) FROM OfferRequest r WHERE r.period.offer = o AND r.status IN :open),
                               (SELECT COUNT(r) FROM OfferRequest r WHERE r.period.offer = o AND r.status = :accepted)
                        FROM PartnerOffer o JOIN o.theme t WHERE o.partner = :partner ORDER BY o.title.da, o.id""", Object[].class)
                .setParameter("partner", myOrganisation())
                .setParameter("open", List.of(RequestStatus.REQUESTED, RequestStatus.PROPOSED))
                .setParameter("accepted", RequestStatus.ACCEPTED)
                .getResultStream()
                .map(row -> new MyOfferRow((Long) row[0], LocalizedText.pick((String) row[1], (String) row[2], locale),
                        LocalizedText.pick((String) row[3], (String) row[4], locale), (Boolean) row[5], (Long) row[6],
                        (Long) row[7], (Long) row[8]))
                .toList();
    }

    public OfferOptions options(Locale locale) {
        List<Option> contacts = em.createQuery("SELECT c FROM PartnerContact c WHERE c.partner = :partner ORDER BY c.name",
                        PartnerContact.class)
                .setParameter("partner", myOrganisation())
                .getResultStream().map(contact -> new Option(contact.getId().toString(), contact.getName())).toList();
        return new OfferOptions(choices.themes(locale), choices.municipalities(), contacts);
    }

    public OfferEditing editing(long id) {
        PartnerOffer offer = mine(id);
        List<PeriodRow> periods = PeriodRow.of(offer.getPeriods(), places);
        OfferInput input = new OfferInput(offer.getTheme().getCode(), offer.getMunicipality().getCode(),
                offer.getContact().getId(), offer.getTitle().da(), offer.getTitle().en(), offer.getDescription().da(),
                offer.getDescription().en(), offer.getAgeGroups(), offer.getPlace(), offer.isComesToYou(), offer.getPrice());
        return new OfferEditing(offer.getId(), input, offer.isPublished(), periods);
    }

    /** A new offer, not yet published: it needs a period first. */
    public long create(OfferInput input) {
        PartnerOffer offer = new PartnerOffer(myOrganisation(), description(input));
        em.persist(offer);
        em.flush();
        return offer.getId();
    }

    public void update(long id, OfferInput input) {
        PartnerOffer offer = mine(id);
        offer.describe(description(input));
    }

    public void publish(long id) {
        mine(id).publish();
    }

    public void withdraw(long id) {
        mine(id).withdraw();
    }

    public void addPeriod(long id, LocalDate startsOn, LocalDate endsOn, int capacity) {
        mine(id).addPeriod(startsOn, endsOn, capacity, DanishTime.today());
        em.flush();
    }

    /** A period without requests; its lock keeps a request from arriving while it goes. */
    public void removePeriod(long id, long periodId) {
        PartnerOffer offer = mine(id);
        OfferPeriod period = offer.getPeriods().stream().filter(p -> p.getId() == periodId).findFirst()
                .orElseThrow(() -> new OfferNotFoundException(periodId));
        periodLock.lock(periodId);
        long requests = em.createQuery("SELECT COUNT(r) FROM OfferRequest r WHERE r.period.id = :period", Long.class)
                .setParameter("period", periodId)
                .getSingleResult();
        offer.removePeriod(period, requests);
    }

    /** The requests for the organisation's offers with their history, a page at a time, open ones first. */
    public ResultPage<RequestRow> requests(int page, Locale locale) {
        return requestRows.where("o.partner.id = :partner", Map.of("partner", myOrganisation().getId()), page, locale);
    }

    /** Each answer is mailed to the requester once it has committed. */
    public void accept(long requestId, String note) {
        Account me = callers.me();
        OfferRequest request = request(requestId, me);
        request.accept(me, note, DanishTime.now());
        mails.toRequester(request, "offer-accepted", me, note);
    }

    public void propose(long requestId, LocalDateTime startsAt, LocalDateTime endsAt, String note) {
        Account me = callers.me();
        OfferRequest request = request(requestId, me);
        request.propose(me, startsAt, endsAt, note, DanishTime.now());
        mails.toRequester(request, "offer-proposed", me, note);
    }

    public void decline(long requestId, String note) {
        Account me = callers.me();
        OfferRequest request = request(requestId, me);
        request.decline(me, note, DanishTime.now());
        mails.toRequester(request, "offer-declined", me, note);
    }

    /** A request for one of the organisation's offers; of two answers given at once, the second to commit fails on the version. */
    private OfferRequest request(long id, Account me) {
        return em.createQuery("""
                        SELECT r FROM OfferRequest r JOIN r.period p JOIN p.offer o
                        WHERE r.id = :id AND o.partner = :partner""", OfferRequest.class)
                .setParameter("id", id)
                .setParameter("partner", organisationOf(me))
                .getResultStream().findFirst()
                .orElseThrow(() -> new OfferNotFoundException(id));
    }

    private PartnerOffer mine(long id) {
        return em.createQuery("SELECT o FROM PartnerOffer o WHERE o.id = :id AND o.partner = :partner", PartnerOffer.class)
                .setParameter("id", id)
                .setParameter("partner", myOrganisation())
                .getResultStream().findFirst()
                .orElseThrow(() -> new OfferNotFoundException(id));
    }

    private PartnerOrganisation myOrganisation() {
        return organisationOf(callers.me());
    }

    private static PartnerOrganisation organisationOf(Account me) {
        if (me.getPartnerOrganisation() == null) {
            throw new OfferNotFoundException(0);
        }
        return me.getPartnerOrganisation();
    }

    private PartnerOffer.Description description(OfferInput input) {
        Theme theme = em.createQuery("SELECT t FROM Theme t WHERE t.code = :code AND t.active = TRUE", Theme.class)
                .setParameter("code", input.themeCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> new OfferRefusedException("theme", "offer.theme.required"));
        Municipality municipality = em.createQuery("SELECT m FROM Municipality m WHERE m.code = :code", Municipality.class)
                .setParameter("code", input.municipalityCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> new OfferRefusedException("municipality", "offer.municipality.required"));
        PartnerContact contact = input.contactId() == null ? null : em.find(PartnerContact.class, input.contactId());
        if (input.titleDa() == null || input.titleDa().isBlank()) {
            throw new OfferRefusedException("title-da", "offer.required");
        }
        if (input.descriptionDa() == null || input.descriptionDa().isBlank()) {
            throw new OfferRefusedException("description-da", "offer.required");
        }
        return new PartnerOffer.Description(contact, theme, municipality, new LocalizedText(input.titleDa(), input.titleEn()),
                new LocalizedText(input.descriptionDa(), input.descriptionEn()), input.ageGroups(), input.place(),
                input.comesToYou(), input.price());
    }
}
