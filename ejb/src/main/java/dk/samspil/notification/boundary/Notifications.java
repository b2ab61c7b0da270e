package dk.samspil.notification.boundary;

import dk.samspil.notification.entity.Notification;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;

/** The caller's own notifications: always the caller's, never anyone else's. */
@Stateless
@RolesAllowed({Role.PARTICIPANT_NAME, Role.LEADER_NAME, Role.CONSULTANT_NAME, Role.PARTNER_NAME, Role.ADMIN_NAME,
        Role.FINANCE_NAME})
public class Notifications {

    static final int SHOWN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** The newest notifications first: one statement. */
    public List<NotificationRow> findMine(Locale locale) {
        return em.createQuery("""
                        SELECT n FROM Notification n JOIN n.recipient a LEFT JOIN FETCH n.course
                        WHERE a.email = :me ORDER BY n.createdAt DESC, n.id DESC""", Notification.class)
                .setParameter("me", callers.myEmail())
                .setMaxResults(SHOWN)
                .getResultStream()
                .map(n -> new NotificationRow(n.getId(), n.getKind(),
                        n.getCourse() == null ? null : n.getCourse().getCode(),
                        n.getCourse() == null ? null : LocalizedText.in(n.getCourse().getTitle(), locale),
                        n.getDetail(), n.getCreatedAt(), n.getReadAt() == null))
                .toList();
    }

    public long countUnread() {
        return em.createQuery("""
                        SELECT COUNT(n) FROM Notification n JOIN n.recipient a
                        WHERE a.email = :me AND n.readAt IS NULL""", Long.class)
                .setParameter("me", callers.myEmail())
                .getSingleResult();
    }

    public void markAllRead() {
        em.createQuery("""
                        SELECT n FROM Notification n JOIN n.recipient a
                        WHERE a.email = :me AND n.readAt IS NULL""", Notification.class)
                .setParameter("me", callers.myEmail())
                .getResultStream()
                .forEach(n -> n.markRead(DanishTime.now()));
    }
}
