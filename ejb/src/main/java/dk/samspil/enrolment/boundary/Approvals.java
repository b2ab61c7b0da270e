package dk.samspil.enrolment.boundary;

import dk.samspil.catalog.entity.Payer;
import dk.samspil.enrolment.control.SeatLedger;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentEvent;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.enrolment.entity.Occupancy;
import dk.samspil.notification.control.Notifier;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A leader approves or rejects their staff's enrolments, one by one or several at once. Only
 * enrolments of people working at an institution the caller leads are ever found; any other id
 * is answered as if it did not exist.
 */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class Approvals {

    private static final System.Logger LOG = System.getLogger(Approvals.class.getName());

    /** Enrolments of staff at institutions the caller leads; never the caller's own (that is another leader's call). */
    private static final String MY_STAFF = """
            SELECT e FROM Enrolment e JOIN FETCH e.participant a JOIN FETCH a.institution i JOIN FETCH e.course c
            WHERE e.status = :awaiting AND a.email <> :me AND i IN (
                SELECT led FROM Account leader JOIN leader.ledInstitutions led WHERE leader.email = :me)""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SeatLedger seats;

    @Inject
    Notifier notifier;

    public List<PendingApproval> findPending(Locale locale) {
        return em.createQuery(MY_STAFF + " ORDER BY e.createdAt, e.id", Enrolment.class)
                .setParameter("awaiting", EnrolmentStatus.AWAITING_APPROVAL)
                .setParameter("me", callers.myEmail())
                .getResultStream()
                .map(e -> new PendingApproval(e.getId(), e.getParticipant().getDisplayName(),
                        e.getParticipant().getInstitution().getName(), e.getCourse().getCode(),
                        LocalizedText.in(e.getCourse().getTitle(), locale), e.getCourse().getFirstSessionAt(),
                        e.getMotivation(), e.getCreatedAt(), paidByAnInstitution(e), referenceRequired(e),
                        e.getPayerReference()))
                .toList();
    }

    /**
     * Approves the given enrolments: each is placed (a seat, or a place in line); one whose course
     * has neither left is rejected as full, and counted so the leader is told. Courses are locked in a fixed order, so two leaders
     * deciding at once never deadlock.
     */
    public ApprovalOutcome approve(List<Long> ids, String comment) {
        return approve(ids, comment, Map.of());
    }

    /**
     * Approves as {@link #approve(List, String)}, giving each place the payer's reference for it
     * (by enrolment id; blank: none). Refused, with nothing approved, when a payer that requires a
     * reference for every place would get a place without one.
     */
    public ApprovalOutcome approve(List<Long> ids, String comment, Map<Long, String> references) {
        int confirmed = 0;
        int waitlisted = 0;
        int full = 0;
        Account me = callers.me();
        for (Enrolment enrolment : mine(ids)) {
            seats.lockCourseOf(enrolment);
            if (paidByAnInstitution(enrolment)) {
                enrolment.referToPayer(references.get(enrolment.getId()));
            }
            if (referenceRequired(enrolment) && enrolment.getPayerReference() == null) {
                throw new EnrolmentRefusedException("enrolment.refused.reference-required",
                        enrolment.getParticipant().getDisplayName());
            }
            Occupancy occupancy = seats.occupancy(enrolment.getCourse());
            if (occupancy.hasFreeSeat() || occupancy.hasRoomInLine()) {
                enrolment.approve();
                Occupancy after = enrolment.place(occupancy);
                notifier.tell(enrolment.getParticipant(), enrolment.getStatus() == EnrolmentStatus.CONFIRMED
                        ? NotificationKind.APPROVED : NotificationKind.WAITLISTED, enrolment.getCourse(),
                        enrolment.getStatus() == EnrolmentStatus.CONFIRMED ? comment : after.waiting());
            } else {
                enrolment.reject();
                notifier.tell(enrolment.getParticipant(), NotificationKind.REJECTED, enrolment.getCourse(),
                        null);
                full++;
            }
            em.persist(new EnrolmentEvent(enrolment, EnrolmentStatus.AWAITING_APPROVAL, me, comment, DanishTime.now()));
            confirmed += enrolment.getStatus() == EnrolmentStatus.CONFIRMED ? 1 : 0;
            waitlisted += enrolment.getStatus() == EnrolmentStatus.WAITLISTED ? 1 : 0;
        }
        return new ApprovalOutcome(confirmed, waitlisted, full, 0);
    }

    public ApprovalOutcome reject(List<Long> ids, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new EnrolmentRefusedException("enrolment.approvals.reject-needs-reason");
        }
        Account me = callers.me();
        List<Enrolment> enrolments = mine(ids);
        for (Enrolment enrolment : enrolments) {
            enrolment.reject();
            notifier.tell(enrolment.getParticipant(), NotificationKind.REJECTED, enrolment.getCourse(), comment);
            em.persist(new EnrolmentEvent(enrolment, EnrolmentStatus.AWAITING_APPROVAL, me, comment, DanishTime.now()));
        }
        return new ApprovalOutcome(0, 0, 0, enrolments.size());
    }

    /**
     * A course whose places an institution pays for: the participant's own, or their municipality's
     * (such a course has a price; only a free one is funded).
     */
    private static boolean paidByAnInstitution(Enrolment enrolment) {
        Payer payer = enrolment.getCourse().getEnrolmentTerms().getPayer();
        return payer == Payer.INSTITUTION || payer == Payer.MUNICIPALITY;
    }

    /** The participant's institution pays and wants its own reference for every place. */
    private static boolean referenceRequired(Enrolment enrolment) {
        Institution institution = enrolment.getParticipant().getInstitution();
        return enrolment.getCourse().getEnrolmentTerms().getPayer() == Payer.INSTITUTION
                && institution != null && institution.isReferenceRequired();
    }

    private List<Enrolment> mine(List<Long> ids) {
        if (ids.isEmpty()) {
            throw new EnrolmentRefusedException("enrolment.approvals.none-chosen");
        }
        List<Enrolment> found = em.createQuery(MY_STAFF + " AND e.id IN :ids", Enrolment.class)
                .setParameter("awaiting", EnrolmentStatus.AWAITING_APPROVAL)
                .setParameter("me", callers.myEmail())
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != Set.copyOf(ids).size()) {
            LOG.log(System.Logger.Level.WARNING, "Leader {0} asked to decide enrolments {1} but leads the staff of only {2}",
                    callers.myEmail(), ids, found.stream().map(Enrolment::getId).toList());
            throw new EnrolmentNotFoundException();
        }
        return found.stream().sorted(Comparator.comparing((Enrolment e) -> e.getCourse().getId())
                .thenComparing(Enrolment::getId)).toList();
    }
}
