package dk.samspil.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Counts transactions run again after a lost write conflict for the operators' dashboards
 * ({@code samspil_transaction_retries_total} at the server's Prometheus endpoint, by the boundary
 * that began the transaction): a rising rate says that writers meet on the same rows, on one
 * database or across Galera's nodes.
 */
@ApplicationScoped
public class RetryMetrics {

    @Inject
    MeterRegistry registry;

    void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
        RetriedOnConflict.onRetry(method -> registry.counter("samspil.transaction.retries",
                Tags.of("bean", method.getDeclaringClass().getSimpleName())).increment());
    }
}
