package dk.samspil.shared;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A named lock that every node of a Galera cluster respects, for a decision that reads several rows
 * and must not be made by two transactions at once (the last administrator: each of two
 * administrators removing the other would otherwise see one left). The guard is taken by writing its
 * row ({@code write_guard}): on one MariaDB the second transaction waits for the first; on two Galera
 * nodes the second to commit loses certification and runs again, seeing what the first decided.
 * A {@code SELECT … FOR UPDATE} of the rows read would hold on its own node only.
 */
@Dependent
public class WriteGuards {

    @PersistenceContext
    EntityManager em;

    /** Takes the guard until the transaction ends. */
    public void take(String name) {
        em.createNativeQuery("INSERT INTO write_guard (name, taken) VALUES (?, 1) ON DUPLICATE KEY UPDATE taken = taken + 1")
                .setParameter(1, name)
                .executeUpdate();
    }
}
