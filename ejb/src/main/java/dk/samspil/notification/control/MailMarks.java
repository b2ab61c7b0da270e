package dk.samspil.notification.control;

import dk.samspil.notification.entity.Notification;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What became of one notification's mail ({@link MailOutbox}), recorded in a transaction of its own
 * after the mail was handed to the mail server, so that running it again after a write conflict
 * sends nothing twice.
 */
@Stateless
@PermitAll
public class MailMarks {

    @PersistenceContext
    EntityManager em;

    public void record(long notificationId, boolean mailed) {
        Notification notification = em.find(Notification.class, notificationId);
        if (mailed) {
            notification.mailed(DanishTime.now());
        } else {
            notification.mailFailed();
        }
    }
}
