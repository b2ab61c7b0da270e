package dk.samspil.finance.control;

import dk.samspil.finance.entity.BillingRefusedException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;

/**
 * Invoice and credit note numbers, one series without gaps. The counter's row is locked for the
 * whole issuing transaction ({@code FOR UPDATE}), so two runs never interleave on one database; a run
 * that fails rolls its numbers back with everything else it wrote, so no number is ever skipped.
 * A second run does not wait for the first (a statement may wait five seconds at most, and a run
 * can take longer): it is told at once that a run is under way. In a Galera cluster the lock holds
 * only on its node; two runs on different nodes both write the counter, and the one that commits
 * second loses certification and runs again, with the places the first invoiced no longer due.
 */
@Dependent
public class InvoiceNumbers {

    static final String SERIES = "SAMSPIL";

    @PersistenceContext
    EntityManager em;

    /**
     * Locks the series for this transaction and returns the last number issued so far; refused at
     * once ({@code NOWAIT}) while another run holds it, rather than waiting for that run to finish.
     */
    public long lockOrRefuse() {
        try {
            return ((Number) em.createNativeQuery(
                            "SELECT last_number FROM invoice_counter WHERE series = ? FOR UPDATE NOWAIT")
                    .setParameter(1, SERIES)
                    .getSingleResult()).longValue();
        } catch (PersistenceException e) {
            if (lockedByAnother(e)) {
                throw new BillingRefusedException("finance.refused.run-in-progress");
            }
            throw e;
        }
    }

    /** MariaDB's "lock wait timeout" (1205), which NOWAIT answers at once when the row is locked. */
    private static boolean lockedByAnother(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == 1205) {
                return true;
            }
        }
        return false;
    }

    /** Records the last number this run issued; call under {@link #lock()}. */
    public void issuedUpTo(long lastNumber) {
        em.createNativeQuery("UPDATE invoice_counter SET last_number = ? WHERE series = ?")
                .setParameter(1, lastNumber)
                .setParameter(2, SERIES)
                .executeUpdate();
    }
}
