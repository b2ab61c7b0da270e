package dk.samspil.it;

import dk.samspil.enrolment.boundary.CalendarFeed;
import dk.samspil.partner.boundary.InstitutionBookings;
import dk.samspil.partner.boundary.OfferCatalog;
import dk.samspil.partner.boundary.OfferInput;
import dk.samspil.partner.boundary.OfferNotFoundException;
import dk.samspil.partner.boundary.OfferRequests;
import dk.samspil.partner.boundary.OfferSearch;
import dk.samspil.partner.boundary.PartnerOffers;
import dk.samspil.partner.boundary.RequestRow;
import dk.samspil.partner.boundary.ResultPage;
import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.partner.entity.OfferRefusedException;
import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.partner.entity.RequestStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partners' offers against the real database: a partner sees and answers only its own offers'
 * requests, a leader sees only their institutions' bookings, the last place of a period goes to
 * exactly one of several requests made at once, and an accepted booking is in both calendar feeds.
 */
class OffersIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(OffersIT.class, AsParticipantA.class, AsParticipantB.class,
                AsPartnerA.class, AsPartnerB.class, AsLeader.class);
    }

    @Inject
    PartnerOffers partnerOffers;

    @Inject
    OfferRequests requests;

    @Inject
    OfferCatalog catalog;

    @Inject
    InstitutionBookings bookings;

    @Inject
    CalendarFeed feed;

    @PersistenceContext
    EntityManager em;

    @Inject
    AsParticipantA asAnne;

    @Inject
    AsParticipantB asBo;

    @Inject
    AsPartnerA asPartner;

    @Inject
    AsPartnerB asOtherPartner;

    @Inject
    AsLeader asLeader;

    private String theme;
    private long contact;
    private LocalDate day;

    /** Anne works at a school the leader leads, Bo at another; partner A has a contact; partner B is another organisation. */
    @BeforeEach
    void twoSchoolsAndTwoPartners() {
        long school = db.institution("Besøgsskolen");
        db.employ(TestPeople.PARTICIPANT_A, school);
        db.employ(TestPeople.PARTICIPANT_B, db.institution("Anden skole"));
        db.leadAs(TestPeople.LEADER, school);
        long partner = db.partnerLogin(TestPeople.PARTNER_A);
        db.partnerLogin(TestPeople.PARTNER_B);
        String email = "kontakt-" + TestDatabase.unique() + "@test.example";
        db.update("INSERT INTO partner_contact (partner_organisation_id, name, email) VALUES (?, 'Kontakt Karen', ?)",
                partner, email);
        contact = ((Number) db.value("SELECT id FROM partner_contact WHERE email = ?", email)).longValue();
        theme = db.theme();
        day = LocalDate.now().plusDays(10);
    }

    /** A published offer of partner A in the test theme with one period around {@link #day} taking {@code capacity} classes. */
    private long offer(int capacity) throws Exception {
        return asPartner.call(() -> {
            long id = partnerOffers.create(new OfferInput(theme, "999", contact, "Læsevenner i skolen", "Reading friends",
                    "Frivillige læser med eleverne hver uge.", null, EnumSet.of(AgeGroup.GRADES_0_3, AgeGroup.GRADES_4_6),
                    null, true, 0));
            partnerOffers.addPeriod(id, LocalDate.now().plusDays(1), LocalDate.now().plusDays(60), capacity);
            partnerOffers.publish(id);
            return id;
        });
    }

    private static OfferRequest.Wish wish(LocalDate on, String classLabel) {
        return new OfferRequest.Wish(classLabel, AgeGroup.GRADES_0_3, 21, on.atTime(9, 0), on.atTime(11, 0), "Vi glæder os");
    }

    private long request(AsParticipantA who, long offer) throws Exception {
        return who.call(() -> requests.request(offer, wish(day, "2.B")));
    }

    /** A list's pages as someone reads them. */
    private interface Pages {
        ResultPage<RequestRow> page(int number) throws Exception;
    }

    /** The row of a request on any page of a list (the fixed logins gather other tests' requests too), or null. */
    private static RequestRow find(Pages list, long id) throws Exception {
        for (int page = 0; ; page++) {
            ResultPage<RequestRow> rows = list.page(page);
            RequestRow found = rows.rows().stream().filter(row -> row.id() == id).findFirst().orElse(null);
            if (found != null || !rows.hasNext()) {
                return found;
            }
        }
    }

    @Test
    void aPartnerSeesAndAnswersOnlyItsOwnOffersRequests() throws Exception {
        long offer = offer(5);
        long request = request(asAnne, offer);
        RequestRow seen = find(page -> asPartner.call(() -> partnerOffers.requests(page, DANISH)), request);
        assertEquals(RequestStatus.REQUESTED, seen.status());
        assertEquals("2.B", seen.classLabel());
        assertEquals(1, seen.steps().size());
        assertEquals(null, find(page -> asOtherPartner.call(() -> partnerOffers.requests(page, DANISH)), request));
        assertThrows(OfferNotFoundException.class, () -> asOtherPartner.call(() -> {
            partnerOffers.accept(request, "Ja");
            return null;
        }));
        assertThrows(OfferNotFoundException.class, () -> asOtherPartner.call(() -> partnerOffers.editing(offer)));
        assertThrows(OfferNotFoundException.class, () -> asOtherPartner.call(() -> {
            partnerOffers.withdraw(offer);
            return null;
        }));
        assertEquals("REQUESTED", db.value("SELECT status FROM offer_request WHERE id = ?", request), "nothing changed");
        assertEquals(Boolean.TRUE, db.value("SELECT published FROM partner_offer WHERE id = ?", offer));
        assertThrows(OfferNotFoundException.class, () -> asBo.call(() -> {
            requests.cancel(request, null);
            return null;
        }), "only the requester cancels");
        assertThrows(EJBAccessException.class, () -> asAnne.call(() -> partnerOffers.requests(0, DANISH)));
        assertThrows(EJBAccessException.class, () -> asPartner.call(() -> requests.mine(0, DANISH)));
    }

    @Test
    void aLeaderSeesOnlyTheBookingsOfTheInstitutionsTheyLead() throws Exception {
        long offer = offer(5);
        long anne = request(asAnne, offer);
        long bo = asBo.call(() -> requests.request(offer, wish(day, "5.A")));
        Pages seen = page -> asLeader.call(() -> bookings.bookings(page, DANISH));
        assertTrue(find(seen, anne) != null);
        assertEquals(null, find(seen, bo), "Bo's school is not theirs");
        assertThrows(EJBAccessException.class, () -> asAnne.call(() -> bookings.bookings(0, DANISH)));
    }

    @Test
    void theLastPlaceGoesToExactlyOneOfFourRequestsMadeAtOnce() throws Exception {
        long offer = offer(1);
        List<Callable<Object>> teachers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean anne = i % 2 == 0;
            String label = "Klasse " + i;
            teachers.add(() -> {
                try {
                    Callable<Object> ask = () -> requests.request(offer, wish(day, label));
                    return anne ? asAnne.call(ask) : asBo.call(ask);
                } catch (OfferRefusedException refused) {
                    return refused.messageKey();
                }
            });
        }
        List<Object> outcomes = Race.of(teachers);
        assertEquals(3, outcomes.stream().filter("offer.request.full"::equals).count(), outcomes.toString());
        assertEquals(1L, db.value("""
                SELECT COUNT(*) FROM offer_request r JOIN offer_period p ON p.id = r.period_id WHERE p.offer_id = ?""", offer));
        assertEquals(1L, db.value("""
                SELECT COUNT(*) FROM offer_request_step s JOIN offer_request r ON r.id = s.request_id
                JOIN offer_period p ON p.id = r.period_id WHERE p.offer_id = ?""", offer), "no half-written request");
    }

    @Test
    void aDeclineFreesThePlaceForTheNextRequest() throws Exception {
        long offer = offer(1);
        long first = request(asAnne, offer);
        OfferRefusedException full = assertThrows(OfferRefusedException.class, () -> asBo.call(() -> requests.request(offer,
                wish(day, "5.A"))));
        assertEquals("offer.request.full", full.messageKey());
        asPartner.call(() -> {
            partnerOffers.decline(first, "Vi er syge");
            return null;
        });
        long second = asBo.call(() -> requests.request(offer, wish(day, "5.A")));
        assertEquals("REQUESTED", db.value("SELECT status FROM offer_request WHERE id = ?", second));
        assertEquals(0L, asAnne.call(() -> catalog.published(offer, DANISH, false)).periods().get(0).free());
    }

    @Test
    void anAcceptedBookingIsInTheRequestersAndThePartnersCalendarFeed() throws Exception {
        long offer = offer(3);
        long request = request(asAnne, offer);
        LocalDateTime proposed = day.plusDays(1).atTime(12, 30);
        asPartner.call(() -> {
            partnerOffers.propose(request, proposed, proposed.plusHours(1), "Dagen efter passer bedre");
            return null;
        });
        String uid = "UID:offer-request-" + request + "@samspil";
        String anneToken = token(TestPeople.PARTICIPANT_A);
        String partnerToken = token(TestPeople.PARTNER_A);
        assertFalse(feed.feed(anneToken).orElseThrow().contains(uid), "a proposal is not a booking");
        asAnne.call(() -> {
            requests.acceptProposal(request);
            return null;
        });
        String anneFeed = feed.feed(anneToken).orElseThrow();
        assertTrue(anneFeed.contains(uid), anneFeed);
        assertTrue(anneFeed.replace("\r\n ", "").contains("Læsevenner i skolen"), anneFeed);
        assertTrue(feed.feed(partnerToken).orElseThrow().contains(uid));
        assertFalse(feed.feed(token(TestPeople.PARTICIPANT_B)).orElseThrow().contains(uid));
        RequestRow booking = find(page -> asAnne.call(() -> requests.mine(page, DANISH)), request);
        assertEquals(RequestStatus.ACCEPTED, booking.status());
        assertEquals(proposed, booking.startsAt());
        assertEquals(List.of(RequestStatus.REQUESTED, RequestStatus.PROPOSED, RequestStatus.ACCEPTED),
                booking.steps().stream().map(step -> step.status()).toList(), "both read the same history");
        asAnne.call(() -> {
            requests.cancel(request, "Klassen er på lejrskole");
            return null;
        });
        assertFalse(feed.feed(partnerToken).orElseThrow().contains(uid), "a cancelled visit leaves the feeds");
    }

    private String token(String email) {
        String token = (TestDatabase.unique() + TestDatabase.unique() + TestDatabase.unique() + TestDatabase.unique()
                + TestDatabase.unique() + TestDatabase.unique()).substring(0, 43);
        db.update("UPDATE account SET calendar_token = ? WHERE email = ?", token, email);
        return token;
    }

    @Test
    void theSearchFindsPublishedOffersByThemeAgeGroupAndMunicipality() throws Exception {
        long offer = offer(2);
        assertEquals(List.of(offer), ids(new OfferSearch(null, theme, null, null, 0)));
        assertEquals(List.of(offer), ids(new OfferSearch("læser med", theme, AgeGroup.GRADES_4_6, "999", 0)));
        assertEquals(List.of(), ids(new OfferSearch(null, theme, AgeGroup.GRADES_7_10, null, 0)));
        assertEquals(List.of(), ids(new OfferSearch("ingen sådan tekst", theme, null, null, 0)));
        var course = db.course("PUBLISHED", 10, theme, LocalDate.now().plusDays(20));
        assertEquals(List.of(offer), catalog.inCourseTheme(course.code(), DANISH, 5).stream().map(row -> row.id()).toList(),
                "partners who work with the course's theme");
        asPartner.call(() -> {
            partnerOffers.withdraw(offer);
            return null;
        });
        assertEquals(List.of(), ids(new OfferSearch(null, theme, null, null, 0)), "a withdrawn offer is not found");
        assertEquals(List.of(), catalog.inCourseTheme(course.code(), DANISH, 5));
        assertThrows(OfferNotFoundException.class, () -> catalog.published(offer, DANISH, false));
    }

    private List<Long> ids(OfferSearch search) {
        return catalog.browse(search, DANISH).page().rows().stream().map(row -> row.id()).toList();
    }

    @Test
    void theListsTakeTheSameStatementsHoweverManyRequestsAndOffers() throws Exception {
        long offer = offer(20);
        request(asAnne, offer);
        long few = statementsOf(this::everyList);
        long other = offer(5);
        asBo.call(() -> requests.request(other, wish(day, "4.C")));
        for (int more = 0; more < 3; more++) {
            request(asAnne, offer);
        }
        asPartner.call(() -> {
            partnerOffers.accept(request(asAnne, offer), null);
            return null;
        });
        assertEquals(few, statementsOf(this::everyList), "no statement per request, step or offer");
    }

    @Test
    void thePartnersListComesInPagesOfFiftyWithOpenAndComingRequestsFirstSoonestFirst() throws Exception {
        long offer = offer(60);
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            LocalDate on = LocalDate.now().plusDays(2 + i % 50);
            made.add(asAnne.call(() -> requests.request(offer, wish(on, "1.A"))));
        }
        long declined = made.get(0);
        asPartner.call(() -> {
            partnerOffers.decline(declined, null);
            return null;
        });
        ResultPage<RequestRow> first = asPartner.call(() -> partnerOffers.requests(0, DANISH));
        ResultPage<RequestRow> second = asPartner.call(() -> partnerOffers.requests(1, DANISH));
        assertEquals(52, first.total());
        assertEquals(50, first.rows().size());
        assertEquals(2, second.rows().size());
        assertEquals(declined, second.rows().get(1).id(), "a closed request comes last");
        List<LocalDateTime> times = first.rows().stream().map(RequestRow::startsAt).toList();
        assertEquals(times.stream().sorted().toList(), times, "soonest first");
        assertEquals(second.page(), asPartner.call(() -> partnerOffers.requests(7, DANISH)).page(), "past the end is the last page");
    }

    /** The partner's, the requester's and the leader's lists, and the search, read from the database (no cache). */
    private void everyList() {
        em.getEntityManagerFactory().getCache().evictAll();
        try {
            asPartner.call(() -> partnerOffers.requests(0, DANISH));
            asPartner.call(() -> partnerOffers.mine(DANISH));
            asAnne.call(() -> requests.mine(0, DANISH));
            asLeader.call(() -> bookings.bookings(0, DANISH));
            catalog.browse(new OfferSearch(null, theme, null, null, 0), DANISH);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        long offer = offer(2);
        long before = (Long) db.value("SELECT COUNT(*) FROM offer_request");
        OfferRefusedException pupils = assertThrows(OfferRefusedException.class, () -> asAnne.call(() -> requests.request(offer,
                new OfferRequest.Wish("2.B", AgeGroup.GRADES_0_3, 0, day.atTime(9, 0), day.atTime(10, 0), null))));
        assertEquals("pupils", pupils.field());
        OfferRefusedException outside = assertThrows(OfferRefusedException.class, () -> asAnne.call(() -> requests.request(offer,
                wish(LocalDate.now().plusDays(90), "2.B"))));
        assertEquals("offer.request.no-period", outside.messageKey());
        assertEquals(before, db.value("SELECT COUNT(*) FROM offer_request"));
        OfferRefusedException overlap = assertThrows(OfferRefusedException.class, () -> asPartner.call(() -> {
            partnerOffers.addPeriod(offer, LocalDate.now().plusDays(50), LocalDate.now().plusDays(70), 3);
            return null;
        }));
        assertEquals("offer.period.overlaps", overlap.messageKey());
        assertEquals(1L, db.value("SELECT COUNT(*) FROM offer_period WHERE offer_id = ?", offer));
        long request = request(asAnne, offer);
        long period = ((Number) db.value("SELECT period_id FROM offer_request WHERE id = ?", request)).longValue();
        assertEquals("offer.period.has-requests", assertThrows(OfferRefusedException.class, () -> asPartner.call(() -> {
            partnerOffers.removePeriod(offer, period);
            return null;
        })).messageKey());
    }
}
