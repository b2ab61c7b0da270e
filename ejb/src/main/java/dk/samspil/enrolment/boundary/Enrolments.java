package dk.samspil.enrolment.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.control.SeatLedger;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.enrolment.entity.Placement;
import dk.samspil.notification.control.Notifier;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A participant enrols, withdraws and answers offers, always as themselves: the person is the
 * caller, never an id from the page. Seat decisions go through the {@link SeatLedger}.
 */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class Enrolments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SeatLedger seats;

    @Inject
    CourseLock courseLock;

    @Inject
    Notifier notifier;

    public EnrolmentOutcome enrol(String courseCode, String motivation) {
        Account me = callers.meWithInstitution();
        Placement placement = seats.enrol(courseLock.lock(courseCode), me, motivation);
        return new EnrolmentOutcome(courseCode, placement.status(), placement.position());
    }

    /** Until the course's withdrawal deadline; a freed seat goes to the first in line. */
    public void withdraw(String courseCode) {
        Course course = courseLock.lock(courseCode);
        if (!course.allowsWithdrawal(DanishTime.now())) {
            throw new EnrolmentRefusedException("enrolment.refused.withdrawal-deadline", courseCode);
        }
        Enrolment enrolment = mine(course);
        if (enrolment.withdraw(DanishTime.now())) {
            seats.fill(course);
        }
        notifier.tell(enrolment.getParticipant(), NotificationKind.WITHDRAWN, course, null);
    }

    public void acceptOffer(String courseCode) {
        Course course = courseLock.lock(courseCode);
        mine(course).acceptOffer(DanishTime.now());
    }

    public void declineOffer(String courseCode) {
        Course course = courseLock.lock(courseCode);
        Enrolment enrolment = mine(course);
        enrolment.expireOffer();
        notifier.tell(enrolment.getParticipant(), NotificationKind.WITHDRAWN, course, null);
        seats.fill(course);
    }

    private Enrolment mine(Course course) {
        return em.createQuery("""
                        SELECT e FROM Enrolment e JOIN e.participant a
                        WHERE e.course = :course AND a.email = :email AND e.status IN :active""", Enrolment.class)
                .setParameter("course", course)
                .setParameter("email", callers.myEmail())
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.refused.not-enrolled", course.getCode()));
    }
}
