package dk.samspil.partner.control;

import dk.samspil.partner.entity.RequestStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** How many of a period's places open and accepted requests hold. */
@Dependent
public class OfferPlaces {

    @PersistenceContext
    EntityManager em;

    /** Places held in one period; read after its {@link PeriodLock} to decide on a request. */
    public long held(long periodId) {
        return em.createQuery("SELECT COUNT(r) FROM OfferRequest r WHERE r.period.id = :period AND r.status IN :holding",
                        Long.class)
                .setParameter("period", periodId)
                .setParameter("holding", RequestStatus.HOLDING)
                .getSingleResult();
    }

    /** Places held per period, in one statement; a period with none held is missing. */
    public Map<Long, Long> held(Collection<Long> periodIds) {
        Map<Long, Long> held = new HashMap<>();
        if (periodIds.isEmpty()) {
            return held;
        }
        em.createQuery("""
                        SELECT r.period.id, COUNT(r) FROM OfferRequest r
                        WHERE r.period.id IN :periods AND r.status IN :holding GROUP BY r.period.id""", Object[].class)
                .setParameter("periods", periodIds)
                .setParameter("holding", RequestStatus.HOLDING)
                .getResultStream()
                .forEach(row -> held.put((Long) row[0], (Long) row[1]));
        return held;
    }
}
