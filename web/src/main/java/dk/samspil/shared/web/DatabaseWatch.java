package dk.samspil.shared.web;

import dk.samspil.health.DatabaseState;
import dk.samspil.shared.DatabaseFailures;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Whether MariaDB answers, asked once a second on a pool of its own ({@code SamspilProbeDS}, so that a
 * burst of requests holding every connection of the application's pool is no outage), so that pages and the
 * API can refuse at once with a 503 while it does not ({@link DatabaseOutageFilter}) instead of
 * every request waiting for its own timeout. A probe that has not answered within a second counts
 * as failed: that is a hung server (a frozen host, dropped packets), which refuses nothing. Two
 * failed probes in a row are an outage. A
 * request that fails on an unreachable database asks for a probe at once ({@link #failed}), before
 * the next one is due: with a Galera cluster behind the pool, a request that met the node that just
 * died is no outage while the pool's next connection reaches another node. Each change is one log
 * line with its cause; nothing is logged while nothing changes.
 */
@ApplicationScoped
public class DatabaseWatch {

    static final Duration PROBE_EVERY = Duration.ofSeconds(1);
    static final int PROBE_TIMEOUT_SECONDS = 1;

    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

    @Resource(lookup = "java:jboss/datasources/SamspilProbeDS")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    /**
     * Failed probes in a row that make an outage: one may have drawn a connection to a Galera node
     * that has just died, and the pool's next connection reaches another node.
     */
    static final int FAILED_PROBES_FOR_OUTAGE = 2;

    private final AtomicBoolean probeAsked = new AtomicBoolean();
    private int failedProbes;
    private volatile Instant unreachableSince;
    private volatile Future<Boolean> probe;
    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
        schedule = scheduler.scheduleWithFixedDelay(this::probe, PROBE_EVERY.toMillis(), PROBE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    public boolean isReachable() {
        return unreachableSince == null;
    }

    /** A request has just met an unreachable database ({@link DatabaseFailures#unreachable}): probe now. */
    public void failed(Throwable cause) {
        if (probeAsked.compareAndSet(false, true)) {
            executor.submit(() -> {
                try {
                    probe();
                } finally {
                    probeAsked.set(false);
                }
            });
        }
    }

    /** One probe at a time, whether due or asked for by a failed request. */
    synchronized void probe() {
        Future<Boolean> running = probe;
        if (running != null && !running.isDone()) {
            unreachable("the previous probe has not answered");
            return;
        }
        Future<Boolean> next = executor.submit(this::answers);
        probe = next;
        try {
            if (next.get(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                reachable();
            } else {
                unreachable("it takes no statements (a Galera node without quorum)");
            }
        } catch (TimeoutException e) {
            unreachable("no answer within " + PROBE_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            unreachable(DatabaseFailures.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a connection answers and its server takes statements (not so a Galera node without quorum). */
    private boolean answers() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            return DatabaseState.takesStatements(statement);
        }
    }

    private synchronized void unreachable(String cause) {
        failedProbes++;
        if (unreachableSince == null && failedProbes >= FAILED_PROBES_FOR_OUTAGE) {
            unreachableSince = Instant.now();
            LOG.warning(() -> "Database unreachable: " + cause + "; pages and the API answer 503 until it is back");
        }
    }

    private synchronized void reachable() {
        failedProbes = 0;
        Instant since = unreachableSince;
        if (since != null) {
            unreachableSince = null;
            LOG.info(() -> "Database reachable again after " + Duration.between(since, Instant.now()).toSeconds() + " s");
        }
    }
}
