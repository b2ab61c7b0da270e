package dk.samspil.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.UUID;

/**
 * Which server of a cluster runs a scheduled job now: every server's timer fires, and the one that
 * claims the job's lease (a row of {@code job_lease}) does the work. A lease is claimed when it is
 * this server's already or has run out, by the database's clock; the holder claims it again on
 * each run and so keeps it while it lives, and another server takes over once it has run out. The
 * claim commits on its own, before the work begins, so the row is never locked while the work runs.
 */
@ApplicationScoped
public class Leases {

    /** This server: its node name and the boot, so that a restarted server is told from its old self. */
    static final String THIS_SERVER = System.getProperty("jboss.node.name", "samspil") + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext
    EntityManager em;

    /** True when this server holds {@code job} for {@code hold} from now and should run it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Duration hold) {
        return claim(job, THIS_SERVER, hold);
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
