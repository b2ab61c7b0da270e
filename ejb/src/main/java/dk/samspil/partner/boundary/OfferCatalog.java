package dk.samspil.partner.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;
import dk.samspil.partner.control.OfferPlaces;
import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.partner.entity.PartnerOffer;
import dk.samspil.people.entity.PartnerContact;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LikePattern;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Partners' published offers to schools and daycares, open to everyone like the course catalogue:
 * found by words, theme, age group and municipality; only offers with a period still to come. A
 * contact's e-mail and phone are shown to people who are logged in only.
 */
@Stateless
@PermitAll
public class OfferCatalog {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    /** JPQL on the offer {@code o}: what anyone can find, a published offer with a period still to come ({@code :today}). */
    private static final String FINDABLE =
            "o.published = TRUE AND EXISTS (SELECT p FROM OfferPeriod p WHERE p.offer = o AND p.endsOn >= :today)";

    @PersistenceContext
    EntityManager em;

    @Inject
    OfferPlaces places;

    /** The filters' choices and one page of offers, by title. */
    public OfferView browse(OfferSearch search, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(search, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM PartnerOffer o WHERE " + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        TypedQuery<PartnerOffer> found = em.createQuery("""
                SELECT o FROM PartnerOffer o JOIN FETCH o.partner JOIN FETCH o.theme JOIN FETCH o.municipality
                WHERE\s""" + where + " ORDER BY o.title.da, o.id", PartnerOffer.class);
        parameters.forEach(found::setParameter);
        List<PartnerOffer> offers = found.setFirstResult(search.page() * OfferSearch.PAGE_SIZE)
                .setMaxResults(OfferSearch.PAGE_SIZE)
                .getResultList();
        ResultPage<OfferRow> page = new ResultPage<>(rows(offers, locale), total, search.page(), OfferSearch.PAGE_SIZE);
        return facets(locale, page);
    }

    /** Up to {@code limit} offers in a course's theme, for its page: "partners who work with this theme". */
    public List<OfferRow> inCourseTheme(String courseCode, Locale locale, int limit) {
        return rows(em.createQuery("""
                        SELECT o FROM PartnerOffer o JOIN FETCH o.partner JOIN FETCH o.theme t JOIN FETCH o.municipality
                        WHERE t.id = (SELECT c.theme.id FROM Course c WHERE c.code = :course) AND\s""" + FINDABLE
                        + " ORDER BY o.title.da, o.id", PartnerOffer.class)
                .setParameter("course", courseCode)
                .setParameter("today", DanishTime.today())
                .setMaxResults(limit)
                .getResultList(), locale);
    }

    /** A published offer with its periods still to come and the places left in each. */
    public OfferDetails published(long id, Locale locale, boolean withContact) {
        PartnerOffer offer = em.createQuery("""
                        SELECT o FROM PartnerOffer o JOIN FETCH o.partner JOIN FETCH o.theme JOIN FETCH o.municipality
                        JOIN FETCH o.contact WHERE o.id = :id AND o.published = TRUE""", PartnerOffer.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new OfferNotFoundException(id));
        return details(offer, locale, withContact, DanishTime.today());
    }

    OfferDetails details(PartnerOffer offer, Locale locale, boolean withContact, LocalDate today) {
        List<PeriodRow> periods = PeriodRow.of(
                offer.getPeriods().stream().filter(period -> !period.getEndsOn().isBefore(today)).toList(), places);
        PartnerContact contact = offer.getContact();
        return new OfferDetails(offer.getId(), offer.getTitle().in(locale), offer.getDescription().in(locale),
                offer.getPartner().getName(), LocalizedText.in(offer.getPartner().getDescription(), locale),
                offer.getTheme().getName().in(locale), offer.getTheme().getCode(), offer.getMunicipality().getName(),
                offer.getMunicipality().getCode(), sorted(offer.getAgeGroups()), offer.getPlace(), offer.isComesToYou(),
                offer.getPrice(), contact.getName(), withContact ? contact.getEmail() : null,
                withContact ? contact.getPhone() : null, periods);
    }

    private static String where(OfferSearch search, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(FINDABLE);
        parameters.put("today", DanishTime.today());
        if (search.text() != null) {
            where.append(" AND (o.title.da LIKE :text ESCAPE '!' OR o.title.en LIKE :text ESCAPE '!'"
                    + " OR o.description.da LIKE :text ESCAPE '!' OR o.description.en LIKE :text ESCAPE '!'"
                    + " OR o.partner.name LIKE :text ESCAPE '!')");
            parameters.put("text", LikePattern.containing(search.text()));
        }
        if (search.theme() != null) {
            where.append(" AND o.theme.code = :theme");
            parameters.put("theme", search.theme());
        }
        if (search.municipality() != null) {
            where.append(" AND o.municipality.code = :municipality");
            parameters.put("municipality", search.municipality());
        }
        if (search.ageGroup() != null) {
            where.append(" AND :age MEMBER OF o.ageGroups");
            parameters.put("age", search.ageGroup());
        }
        return where.toString();
    }

    /** The rows, with every offer's age groups read in one statement. */
    private List<OfferRow> rows(List<PartnerOffer> offers, Locale locale) {
        if (offers.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<AgeGroup>> groups = new HashMap<>();
        em.createQuery("SELECT o.id, g FROM PartnerOffer o JOIN o.ageGroups g WHERE o.id IN :offers", Object[].class)
                .setParameter("offers", offers.stream().map(PartnerOffer::getId).toList())
                .getResultStream()
                .forEach(row -> groups.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(AgeGroup.class)).add((AgeGroup) row[1]));
        return offers.stream()
                .map(offer -> new OfferRow(offer.getId(), offer.getTitle().in(locale), offer.getPartner().getName(),
                        offer.getTheme().getName().in(locale), offer.getTheme().getCode(), offer.getMunicipality().getName(),
                        sorted(groups.getOrDefault(offer.getId(), Set.of())), offer.getPlace(), offer.isComesToYou(),
                        offer.getPrice()))
                .toList();
    }

    private static List<AgeGroup> sorted(Set<AgeGroup> groups) {
        return groups.stream().sorted().toList();
    }

    /** The themes and municipalities of offers that can be found, in one statement, alphabetically. */
    private OfferView facets(Locale locale, ResultPage<OfferRow> page) {
        Map<String, Option> themes = new LinkedHashMap<>();
        Map<String, Option> municipalities = new LinkedHashMap<>();
        em.createQuery("""
                        SELECT DISTINCT t.code, t.name.da, t.name.en, m.code, m.name FROM PartnerOffer o
                        JOIN o.theme t JOIN o.municipality m WHERE\s""" + FINDABLE, Object[].class)
                .setParameter("today", DanishTime.today())
                .getResultStream()
                .forEach(row -> {
                    themes.putIfAbsent((String) row[0], new Option((String) row[0],
                            LocalizedText.pick((String) row[1], (String) row[2], locale)));
                    municipalities.putIfAbsent((String) row[3], new Option((String) row[3], (String) row[4]));
                });
        Collator collator = Collator.getInstance(DANISH);
        Comparator<Option> byName = Comparator.comparing(Option::name, collator);
        return new OfferView(sortedBy(themes, byName), sortedBy(municipalities, byName), page);
    }

    private static List<Option> sortedBy(Map<String, Option> options, Comparator<Option> order) {
        List<Option> sorted = new ArrayList<>(options.values());
        sorted.sort(order);
        return sorted;
    }
}
