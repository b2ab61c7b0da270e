package dk.samspil.partner.boundary;

import dk.samspil.partner.entity.OfferRequest;
import dk.samspil.partner.entity.OfferRequestStep;
import dk.samspil.partner.entity.PartnerOffer;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests as their lists show them, with every step, in two statements whatever their number:
 * the requests a condition selects, then the steps of all of them.
 */
@Dependent
public class RequestRows {

    @PersistenceContext
    EntityManager em;

    /**
     * The requests matching {@code condition} (JPQL on the request {@code r}, its offer {@code o} and
     * its institution {@code i}), open ones first, each group by time.
     */
    public List<RequestRow> where(String condition, Map<String, Object> parameters, Locale locale) {
        var query = em.createQuery("""
                SELECT r FROM OfferRequest r JOIN FETCH r.period p JOIN FETCH p.offer o JOIN FETCH o.partner
                JOIN FETCH r.institution i JOIN FETCH r.requestedBy
                WHERE\s""" + condition + " ORDER BY r.startsAt, r.id", OfferRequest.class);
        parameters.forEach(query::setParameter);
        List<OfferRequest> requests = query.getResultList();
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StepRow>> steps = em.createQuery("""
                        SELECT s FROM OfferRequestStep s JOIN FETCH s.actor JOIN FETCH s.request
                        WHERE s.request.id IN :requests ORDER BY s.takenAt, s.id""", OfferRequestStep.class)
                .setParameter("requests", requests.stream().map(OfferRequest::getId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(step -> step.getRequest().getId(), Collectors.mapping(RequestRows::row,
                        Collectors.toList())));
        return requests.stream()
                .sorted((a, b) -> Boolean.compare(!a.getStatus().holdsPlace(), !b.getStatus().holdsPlace()))
                .map(request -> row(request, steps.getOrDefault(request.getId(), List.of()), locale))
                .toList();
    }

    private static RequestRow row(OfferRequest request, List<StepRow> steps, Locale locale) {
        PartnerOffer offer = request.getOffer();
        return new RequestRow(request.getId(), offer.getId(), offer.getTitle().in(locale), offer.getPartner().getName(),
                request.getInstitution().getName(), request.getClassLabel(), request.getAgeGroup(), request.getPupils(),
                request.getStartsAt(), request.getEndsAt(), request.getStatus(),
                request.getRequestedBy().getDisplayName(), request.getRequestedBy().getEmail(),
                request.place(), steps);
    }

    private static StepRow row(OfferRequestStep step) {
        return new StepRow(step.getTakenAt(), step.getActor().getDisplayName(), step.getStatus(), step.getStartsAt(),
                step.getEndsAt(), step.getMessage());
    }
}
