package dk.samspil.finance.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Singleton;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Compiles the official validation rules in the background the first time someone opens the dry
 * run, so that the run they issue next does not spend seconds on it. Once per server.
 */
@Singleton
public class RulesWarmUp {

    private static final System.Logger LOG = System.getLogger(RulesWarmUp.class.getName());

    private final AtomicBoolean started = new AtomicBoolean();

    @Asynchronous
    public void start() {
        if (started.compareAndSet(false, true)) {
            long begun = System.nanoTime();
            BisBillingRules.compile();
            LOG.log(System.Logger.Level.INFO, "Peppol BIS Billing 3.0 rules compiled in {0} ms",
                    (System.nanoTime() - begun) / 1_000_000);
        }
    }
}
