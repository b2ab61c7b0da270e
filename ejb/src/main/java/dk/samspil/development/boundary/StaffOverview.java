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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    private Map<Long, long[]> enrolmentCounts(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        SELECT e.participant.id,
                               SUM(CASE WHEN e.status IN :current THEN 1 ELSE 0 END),
                               SUM(CASE WHEN e.status = :completed THEN 1 ELSE 0 END)
                        FROM Enrolment e WHERE e.participant.id IN :ids
                        GROUP BY e.participant.id""", Object[].class)
                .setParameter("current", CURRENT)
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .setParameter("ids", accountIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0],
                        row -> new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
    }
}
