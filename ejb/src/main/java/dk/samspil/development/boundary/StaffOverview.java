package dk.samspil.development.boundary;

import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.entity.JobFunction;
import dk.samspil.people.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A leader's staff: only the active staff of the institutions the calling leader leads. */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class StaffOverview {

    static final int PAGE_SIZE = 50;
    private static final EnumSet<EnrolmentStatus> CURRENT = EnumSet.of(EnrolmentStatus.REQUESTED,
            EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public List<StaffRow> findMyStaff(int page) {
        List<Object[]> staff = em.createQuery("""
                        SELECT a.id, a.displayName, a.email, i.name, a.jobFunction
                        FROM Account a JOIN a.institution i
                        WHERE a.active = TRUE AND i.id IN (
                            SELECT li.id FROM Account l JOIN l.ledInstitutions li WHERE l.email = :leader)
                        ORDER BY i.name, a.displayName, a.id""", Object[].class)
                .setParameter("leader", context.getCallerPrincipal().getName())
                .setFirstResult(Math.max(0, page) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        Map<Long, long[]> counts = enrolmentCounts(staff.stream().map(row -> (Long) row[0]).toList());
        return staff.stream().map(row -> {
            long[] count = counts.getOrDefault((Long) row[0], new long[2]);
            return new StaffRow((String) row[1], (String) row[2], (String) row[3], (JobFunction) row[4],
                    count[0], count[1]);
        }).toList();
    }

    /** Per account: {current enrolments, completed courses}, counted by status in one statement. */
    private Map<Long, long[]> enrolmentCounts(List<Long> accountIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (accountIds.isEmpty()) {
            return counts;
        }
        em.createQuery("""
                        SELECT e.participant.id, e.status, COUNT(e) FROM Enrolment e
                        WHERE e.participant.id IN :ids
                        GROUP BY e.participant.id, e.status""", Object[].class)
                .setParameter("ids", accountIds)
                .getResultStream()
                .forEach(row -> {
                    long[] count = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
                    EnrolmentStatus status = (EnrolmentStatus) row[1];
                    if (CURRENT.contains(status)) {
                        count[0] += (Long) row[2];
                    } else if (status == EnrolmentStatus.COMPLETED) {
                        count[1] += (Long) row[2];
                    }
                });
        return counts;
    }
}
