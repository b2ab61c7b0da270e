package dk.samspil.enrolment.control;

import dk.samspil.enrolment.entity.EnrolmentStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Locale;

/**
 * Counts new enrolments for the operators' dashboards ({@code samspil_enrolments_total} at the
 * server's Prometheus endpoint, by the status the enrolment started in; a rate gives enrolments per
 * minute). Counted when the enrolling transaction commits, so a refused or rolled-back enrolment
 * never counts.
 */
@ApplicationScoped
public class EnrolmentMetrics {

    @Inject
    MeterRegistry registry;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    public void enrolled(EnrolmentStatus status) {
        // registry.counter(name, tags), not Counter.builder(…).register(registry): WildFly's
        // per-deployment registry passes only the former on to the registry that is scraped.
        Counter counter = registry.counter("samspil.enrolments", Tags.of("status", status.name().toLowerCase(Locale.ROOT)));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Counted only once the outcome is known.
            }

            @Override
            public void afterCompletion(int outcome) {
                if (outcome == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
