package dk.samspil.enrolment.control;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.shared.Leases;
import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.notification.control.Notifier;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Every minute, seats offered from the waiting list and not taken in time pass to the next in
 * line. The container's timer calls it (without a caller, hence {@code @PermitAll} on the timeout
 * alone); a consultant may run it at once. Each course is handled in a transaction of its own, so
 * only one course is ever locked here and one failure does not hold back the others.
 */
@Singleton
@DependsOn("DatabaseMigration")
@RolesAllowed(Role.CONSULTANT_NAME)
public class OfferExpiry {

    @PersistenceContext
    EntityManager em;

    @Inject
    SeatLedger seats;

    @Inject
    CourseLock courseLock;

    @Inject
    Notifier notifier;

    @Inject
    Leases leases;

    /** This bean through the container, so that each course gets its own transaction. */
    @Inject
    OfferExpiry self;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @PermitAll
    void passOnExpiredOffers() {
        if (leases.claim("offer-expiry", Duration.ofMinutes(2))) {
            leases.run(() -> expireBefore(DanishTime.now()));
        }
    }

    /** Expires the offers that ran out before {@code now}, one course per transaction; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireBefore(LocalDateTime now) {
        List<String> courses = em.createQuery("""
                        SELECT DISTINCT e.course.code FROM Enrolment e
                        WHERE e.status = :offered AND e.offerExpiresAt < :now""", String.class)
                .setParameter("offered", EnrolmentStatus.OFFERED)
                .setParameter("now", now)
                .getResultList();
        int expired = 0;
        for (String code : courses) {
            expired += self.expireOn(code, now);
        }
        return expired;
    }

    /** One course: locked, its due offers expired, the seats given to the next in line, committed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireOn(String code, LocalDateTime now) {
        Course course = courseLock.lock(code);
        List<Enrolment> due = em.createQuery("""
                        SELECT e FROM Enrolment e
                        WHERE e.course = :course AND e.status = :offered AND e.offerExpiresAt < :now""", Enrolment.class)
                .setParameter("course", course)
                .setParameter("offered", EnrolmentStatus.OFFERED)
                .setParameter("now", now)
                .getResultList();
        due.forEach(offer -> {
            offer.expireOffer();
            notifier.tell(offer.getParticipant(), NotificationKind.OFFER_EXPIRED, course, null);
        });
        seats.fill(course);
        return due.size();
    }
}
