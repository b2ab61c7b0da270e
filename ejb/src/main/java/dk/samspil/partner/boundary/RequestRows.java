package dk.samspil.partner.boundary;

import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.partner.entity.OfferRequestStep;
import dk.samspil.partner.entity.PartnerOffer;
import dk.samspil.partner.entity.RequestStatus;
import dk.samspil.shared.DanishTime;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests as their lists show them, a page at a time with every step, in three statements whatever
 * their number: how many there are, a page of requests, then the steps of all of them. Open requests
 * and bookings still to come are first, soonest first; then the rest (closed, or their day passed),
 * latest first.
 */
@Dependent
public class RequestRows {

    public static final int PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    /** A page of the requests matching {@code condition} (JPQL on the request {@code r}, its offer {@code o} and institution {@code i}). */
    public ResultPage<RequestRow> where(String condition, Map<String, Object> parameters, int page, Locale locale) {
        LocalDateTime now = DanishTime.now();
        TypedQuery<Long> count = em.createQuery("""
                SELECT COUNT(r) FROM OfferRequest r JOIN r.period p JOIN p.offer o JOIN r.institution i
                WHERE\s""" + condition, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        int shown = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / PAGE_SIZE)));
        if (total == 0) {
            return new ResultPage<>(List.of(), 0, 0, PAGE_SIZE);
        }
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("holding", RequestStatus.HOLDING);
        all.put("now", now);
        TypedQuery<OfferRequest> query = em.createQuery("""
                SELECT r FROM OfferRequest r JOIN r.period p JOIN p.offer o JOIN r.institution i
                WHERE\s""" + condition + " " + """
                ORDER BY CASE WHEN r.status IN :holding AND r.startsAt >= :now THEN 0 ELSE 1 END,
                CASE WHEN r.status IN :holding AND r.startsAt >= :now THEN r.startsAt ELSE NULL END, r.startsAt DESC, r.id""",
                OfferRequest.class);
        all.forEach(query::setParameter);
        fetchWithEveryRow(query);
        List<OfferRequest> requests = query.setFirstResult(shown * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        Map<Long, List<StepRow>> steps = em.createQuery("""
                        SELECT s FROM OfferRequestStep s JOIN FETCH s.actor JOIN FETCH s.request
                        WHERE s.request.id IN :requests ORDER BY s.takenAt, s.id""", OfferRequestStep.class)
                .setParameter("requests", requests.stream().map(OfferRequest::getId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(step -> step.getRequest().getId(), Collectors.mapping(RequestRows::row,
                        Collectors.toList())));
        List<RequestRow> rows = requests.stream()
                .map(request -> row(request, steps.getOrDefault(request.getId(), List.of()), locale, now))
                .toList();
        return new ResultPage<>(rows, total, shown, PAGE_SIZE);
    }

    /**
     * What a request's row shows, in the same statement. EclipseLink takes a JOIN FETCH of a JOIN
     * FETCH's target (the period's offer) in JPQL without a word and then reads each offer on its own:
     * its own hints fetch the whole path.
     */
    private static <T> TypedQuery<T> fetchWithEveryRow(TypedQuery<T> query) {
        for (String path : new String[]{"r.period", "r.period.offer", "r.period.offer.partner", "r.institution", "r.requestedBy"}) {
            query.setHint("eclipselink.join-fetch", path);
        }
        return query;
    }

    private static RequestRow row(OfferRequest request, List<StepRow> steps, Locale locale, LocalDateTime now) {
        PartnerOffer offer = request.getOffer();
        return new RequestRow(request.getId(), offer.getId(), offer.getTitle().in(locale), offer.getPartner().getName(),
                request.getInstitution().getName(), request.getClassLabel(), request.getAgeGroup(), request.getPupils(),
                request.getStartsAt(), request.getEndsAt(), request.getStatus(), request.getStartsAt().isAfter(now),
                request.getRequestedBy().getDisplayName(), request.getRequestedBy().getEmail(), request.place(), steps);
    }

    private static StepRow row(OfferRequestStep step) {
        return new StepRow(step.getTakenAt(), step.getActor().getDisplayName(), step.getStatus(), step.getStartsAt(),
                step.getEndsAt(), step.getMessage());
    }
}
