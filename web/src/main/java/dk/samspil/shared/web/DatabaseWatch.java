package dk.samspil.shared.web;

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
import java.util.logging.Logger;

/**
 * Whether MariaDB answers, asked once a second on a connection from the pool, so that pages and the
 * API can refuse at once with a 503 while it does not ({@link DatabaseOutageFilter}) instead of
 * every request waiting for its own timeout. A probe that has not answered within a second counts
 * as an outage: that is a hung server (a frozen host, dropped packets), which refuses nothing. A
 * request that fails on an unreachable database says so at once ({@link #failed}), before the next
 * probe. Each change is one log line with its cause; nothing is logged while nothing changes.
 */
@ApplicationScoped
public class DatabaseWatch {

    static final Duration PROBE_EVERY = Duration.ofSeconds(1);
    static final int PROBE_TIMEOUT_SECONDS = 1;

    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

    @Resource(lookup = "java:jboss/datasources/SamspilDS")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

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

    /** A request has just met an unreachable database ({@link DatabaseFailures#unreachable}). */
    public void failed(Throwable cause) {
        unreachable(DatabaseFailures.describe(cause));
    }

    void probe() {
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
                unreachable("the connection is not valid");
            }
        } catch (TimeoutException e) {
            unreachable("no answer within " + PROBE_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            unreachable(DatabaseFailures.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean answers() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(PROBE_TIMEOUT_SECONDS);
        }
    }

    private synchronized void unreachable(String cause) {
        if (unreachableSince == null) {
            unreachableSince = Instant.now();
            LOG.warning(() -> "Database unreachable: " + cause + "; pages and the API answer 503 until it is back");
        }
    }

    private synchronized void reachable() {
        Instant since = unreachableSince;
        if (since != null) {
            unreachableSince = null;
            LOG.info(() -> "Database reachable again after " + Duration.between(since, Instant.now()).toSeconds() + " s");
        }
    }
}
