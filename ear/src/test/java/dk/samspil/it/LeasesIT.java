package dk.samspil.it;

import dk.samspil.shared.Leases;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scheduled job runs on one server of a cluster at a time: the server that claims its lease keeps
 * it while it claims it again, another gets it only once it has run out, and of servers that claim
 * at the same moment exactly one wins.
 */
class LeasesIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(LeasesIT.class);
    }

    @Inject
    Leases leases;

    private String job() {
        String job = "test-" + TestDatabase.unique();
        db.update("INSERT INTO job_lease (job) VALUES (?)", job);
        return job;
    }

    @Test
    void theHolderKeepsTheLeaseAndAnotherServerGetsItOnlyWhenItHasRunOut() throws Exception {
        String job = job();

        assertTrue(leases.claim(job, "node1/a", Duration.ofMillis(800)), "a free lease");
        assertFalse(leases.claim(job, "node2/b", Duration.ofSeconds(30)), "held by node1");
        assertTrue(leases.claim(job, "node1/a", Duration.ofMillis(800)), "node1 claims it again and keeps it");
        Thread.sleep(1000);
        assertTrue(leases.claim(job, "node2/b", Duration.ofSeconds(30)), "run out: node2 takes over");
        assertFalse(leases.claim(job, "node1/a", Duration.ofSeconds(30)), "and keeps it");
        assertEquals("node2/b", db.value("SELECT holder FROM job_lease WHERE job = ?", job));
    }

    @Test
    void ofServersClaimingAtOnceExactlyOneWins() throws Exception {
        String job = job();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int node = 0; node < 8; node++) {
                String holder = "node" + node + "/x";
                Callable<Boolean> claim = () -> {
                    start.await();
                    return leases.claim(job, holder, Duration.ofSeconds(30));
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aJobWithoutALeaseRowIsAMistakeNotASilentSkip() {
        assertThrows(IllegalArgumentException.class, () -> leases.claim("no-such-job", Duration.ofSeconds(1)));
    }

    @Test
    void everyScheduledJobHasItsLease() {
        for (String job : List.of("mail-outbox", "offer-expiry", "reminders", "deadline-warnings", "retention")) {
            assertEquals(1L, ((Number) db.value("SELECT COUNT(*) FROM job_lease WHERE job = ?", job)).longValue(), job);
        }
    }
}
