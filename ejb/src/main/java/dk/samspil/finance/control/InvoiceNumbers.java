package dk.samspil.finance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Invoice and credit note numbers, one series without gaps. The counter's row is locked for the
 * whole issuing transaction ({@code FOR UPDATE}), so two runs never interleave, on any server; a run
 * that fails rolls its numbers back with everything else it wrote, so no number is ever skipped.
 */
@Dependent
public class InvoiceNumbers {

    static final String SERIES = "SAMSPIL";

    @PersistenceContext
    EntityManager em;

    /** Locks the series for this transaction; returns the last number issued so far. */
    public long lock() {
        return ((Number) em.createNativeQuery("SELECT last_number FROM invoice_counter WHERE series = ? FOR UPDATE")
                .setParameter(1, SERIES)
                .getSingleResult()).longValue();
    }

    /** Records the last number this run issued; call under {@link #lock()}. */
    public void issuedUpTo(long lastNumber) {
        em.createNativeQuery("UPDATE invoice_counter SET last_number = ? WHERE series = ?")
                .setParameter(1, lastNumber)
                .setParameter(2, SERIES)
                .executeUpdate();
    }
}
