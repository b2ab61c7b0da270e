package dk.samspil.partner.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An offer period's lock: a request counts the places held only after it, so requests for one
 * period happen one after the other. Like the course's lock it is a write, not a
 * {@code SELECT … FOR UPDATE}, so it holds across the nodes of a Galera cluster too (the second
 * writer loses certification and runs again, counting what the first decided).
 */
@Dependent
public class PeriodLock {

    @PersistenceContext
    EntityManager em;

    public void lock(long periodId) {
        em.createNativeQuery("UPDATE offer_period SET lock_count = lock_count + 1 WHERE id = ?")
                .setParameter(1, periodId)
                .executeUpdate();
    }
}
