package dk.samspil.notification.control;

import dk.samspil.notification.entity.Notification;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.Leases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.util.List;

/**
 * Every ten seconds, mails the notifications that have not been mailed yet, oldest first, and marks
 * each one sent. A mail that fails is tried again later, behind those never tried, and given up
 * after {@value #ATTEMPTS} tries (it stays in the app's list).
 * <p>
 * The outbox runs outside a transaction: each mail is sent, then marked in a transaction of its own
 * ({@link MailMarks}), which runs again if it loses a write conflict (the person marking the
 * notification read at that moment, on another node). A transaction that sent mails and then failed
 * to commit would send them all again on the next run.
 */
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
public class MailOutbox {

    static final int BATCH = 50;
    static final int ATTEMPTS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Leases leases;

    @EJB
    MailMarks marks;

    /** One server of a cluster mails; it keeps the lease while it runs, another takes over 30 s after it stops. */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void mailPending() {
        if (leases.claim("mail-outbox", Duration.ofSeconds(30))) {
            leases.run(this::mailBatch);
        }
    }

    private void mailBatch() {
        List<Notification> pending = em.createQuery("""
                        SELECT n FROM Notification n JOIN FETCH n.recipient JOIN FETCH n.course
                        WHERE n.mailedAt IS NULL AND n.mailAttempts < :attempts
                        ORDER BY n.mailAttempts, n.id""", Notification.class)
                .setParameter("attempts", ATTEMPTS)
                .setMaxResults(BATCH)
                .getResultList();
        for (Notification notification : pending) {
            marks.record(notification.getId(), mailer.send(notification));
        }
    }
}
