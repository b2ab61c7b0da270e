package dk.samspil.notification.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.notification.entity.Notification;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.entity.Account;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Tells a person something about a course. The notification is stored with the change that caused
 * it, in the same transaction, and doubles as the mail's outbox entry ({@link MailOutbox}): no mail
 * for a change that was rolled back, and no change without its mail.
 */
@Dependent
public class Notifier {

    @PersistenceContext
    EntityManager em;

    public void tell(Account recipient, NotificationKind kind, Course course, Object detail) {
        em.persist(new Notification(recipient, kind, course, detail == null ? null : detail.toString()));
    }
}
