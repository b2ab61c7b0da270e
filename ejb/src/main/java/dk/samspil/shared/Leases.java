package dk.samspil.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which server of a cluster runs a scheduled job now: every server's timer fires, and the one that
 * claims the job's lease (a row of {@code job_lease}) does the work. A lease is claimed when it is
 * this server's already or has run out, by the database's clock; the holder claims it again on
 * each run and so keeps it while it lives, and another server takes over once it has run out. The
 * claim commits on its own, before the work begins, so the row is never locked while the work runs.
 * While the database cannot be reached no job runs, and that is logged once, not on every tick.
 */
@ApplicationScoped
public class Leases {

    private static final Logger LOG = Logger.getLogger(Leases.class.getName());

    /** This server: its node name and the boot, so that a restarted server is told from its old self. */
    static final String THIS_SERVER = System.getProperty("jboss.node.name", "samspil") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext
    EntityManager em;

    /** This bean through its proxy, so that each claim gets its own transaction. */
    @Inject
    Leases self;

    private volatile boolean failing;

    /** True when this server holds {@code job} for {@code hold} from now and should run it. */
    public boolean claim(String job, Duration hold) {
        try {
            boolean claimed = self.claim(job, THIS_SERVER, hold);
            if (failing) {
                failing = false;
                LOG.info("Scheduled work resumed, the database answers again");
            }
            return claimed;
        } catch (RuntimeException e) {
            if (WriteConflicts.lost(e)) {
                // Another server claimed it at the same moment, on another Galera node: it is theirs.
                return false;
            }
            pauseIfUnreachable(e);
            return false;
        }
    }

    /**
     * Runs a job's work once its lease is claimed. The database going away in the middle is the same
     * event a claim reports (logged once; the work waits for a later tick), not a failed timer with
     * its stack trace; any other failure is thrown on.
     */
    public void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            pauseIfUnreachable(e);
        }
    }

    private void pauseIfUnreachable(RuntimeException e) {
        if (!DatabaseFailures.unreachable(e)) {
            throw e;
        }
        if (!failing) {
            failing = true;
            LOG.log(Level.WARNING, "Scheduled work paused, the database cannot be reached: {0}",
                    DatabaseFailures.describe(e));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, String holder, Duration hold) {
        int claimed = em.createNativeQuery("""
                        UPDATE job_lease SET holder = ?1, held_until = TIMESTAMPADD(MICROSECOND, ?2, NOW(3))
                        WHERE job = ?3 AND (holder = ?1 OR held_until < NOW(3))""")
                .setParameter(1, holder)
                .setParameter(2, hold.toNanos() / 1000)
                .setParameter(3, job)
                .executeUpdate();
        if (claimed == 0 && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE job = ?1")
                .setParameter(1, job).getSingleResult()).intValue() == 0) {
            throw new IllegalArgumentException("No lease row for job " + job);
        }
        return claimed == 1;
    }
}
