package dk.samspil.enrolment.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.control.SeatLedger;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.enrolment.entity.Occupancy;
import dk.samspil.enrolment.entity.Placement;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A leader books staff of their own institutions onto a course (group booking). Seats are taken
 * exactly as when people enrol themselves; the leader's nomination is the approval. Staff outside
 * the caller's institutions are never found.
 */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class Nominations {

    private static final System.Logger LOG = System.getLogger(Nominations.class.getName());

    private static final String MY_STAFF = """
            SELECT a FROM Account a JOIN FETCH a.institution i
            WHERE a.active = TRUE AND a.email <> :me AND i IN (
                SELECT led FROM Account leader JOIN leader.ledInstitutions led WHERE leader.email = :me)""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SeatLedger seats;

    @Inject
    CourseLock courseLock;

    /** The caller's staff with their current status on the course: two statements. */
    public List<Nominee> findNominees(String courseCode) {
        Map<Long, EnrolmentStatus> current = em.createQuery("""
                        SELECT e.participant.id, e.status FROM Enrolment e
                        WHERE e.course.code = :code AND e.status IN :active""", Object[].class)
                .setParameter("code", courseCode)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (EnrolmentStatus) row[1], (a, b) -> a));
        return em.createQuery(MY_STAFF + " ORDER BY i.name, a.displayName", Account.class)
                .setParameter("me", callers.myEmail())
                .getResultStream()
                .map(a -> new Nominee(a.getId(), a.getDisplayName(), a.getInstitution().getName(), current.get(a.getId())))
                .toList();
    }

    public NominationOutcome nominate(String courseCode, List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            throw new EnrolmentRefusedException("enrolment.approvals.none-chosen");
        }
        List<Account> chosen = em.createQuery(MY_STAFF + " AND a.id IN :ids ORDER BY a.displayName", Account.class)
                .setParameter("me", callers.myEmail())
                .setParameter("ids", accountIds)
                .getResultList();
        if (chosen.size() != Set.copyOf(accountIds).size()) {
            LOG.log(System.Logger.Level.WARNING, "Leader {0} tried to nominate {1}, not all of them their staff",
                    callers.myEmail(), accountIds);
            throw new EnrolmentNotFoundException();
        }
        Course course = courseLock.lock(courseCode);
        Set<Long> enrolled = Set.copyOf(em.createQuery("""
                        SELECT e.participant.id FROM Enrolment e WHERE e.course = :course AND e.status IN :active""", Long.class)
                .setParameter("course", course)
                .setParameter("active", EnrolmentStatus.ACTIVE)
                .getResultList());
        String nominatedBy = "Indstillet af " + leaderName();
        int confirmed = 0;
        int waitlisted = 0;
        List<String> already = new ArrayList<>();
        List<String> full = new ArrayList<>();
        for (Account person : chosen) {
            if (enrolled.contains(person.getId())) {
                already.add(person.getDisplayName());
                continue;
            }
            Occupancy occupancy = seats.occupancy(course);
            if (!occupancy.hasFreeSeat() && !occupancy.hasRoomInLine()) {
                full.add(person.getDisplayName());
                continue;
            }
            Placement placement = seats.enrol(course, person, nominatedBy, true);
            confirmed += placement.status() == EnrolmentStatus.CONFIRMED ? 1 : 0;
            waitlisted += placement.status() == EnrolmentStatus.WAITLISTED ? 1 : 0;
        }
        return new NominationOutcome(confirmed, waitlisted, already, full);
    }

    private String leaderName() {
        return em.createQuery("SELECT a.displayName FROM Account a WHERE a.email = :me", String.class)
                .setParameter("me", callers.myEmail())
                .getSingleResult();
    }
}
