package dk.samspil.people.boundary;

import dk.samspil.people.control.Callers;
import dk.samspil.people.control.Retention;
import dk.samspil.people.entity.RetentionKind;
import dk.samspil.people.entity.RetentionRule;
import dk.samspil.people.entity.RetentionRun.StartedBy;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * The administrator's view of retention: the period of each kind of data, a dry run that counts
 * what the nightly job would remove, running it now, and what past runs removed.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Retentions {

    static final int HISTORY = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Retention retention;

    /** Each rule with how many rows are past its period now; nothing is changed. */
    public List<RetentionRow> dryRun() {
        LocalDateTime now = DanishTime.now();
        return retention.rules().stream()
                .map(rule -> new RetentionRow(rule.getKind(), rule.getKeepMonths(),
                        Retention.cutoff(rule, now).toLocalDate(), retention.due(rule, now)))
                .toList();
    }

    public void keep(RetentionKind kind, int months) {
        if (months < RetentionRule.MIN_MONTHS || months > RetentionRule.MAX_MONTHS) {
            throw new RetentionRefusedException();
        }
        em.find(RetentionRule.class, kind).keep(months, DanishTime.now());
        SECURITY.log(System.Logger.Level.INFO, "{0} set the retention of {1} to {2} months",
                callers.myEmail(), kind, months);
    }

    /** Every rule enforced at once, each kind in its own transaction; returns what each removed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RetentionRow> enforceNow() {
        LocalDateTime now = DanishTime.now();
        return retention.rules().stream()
                .map(rule -> new RetentionRow(rule.getKind(), rule.getKeepMonths(),
                        Retention.cutoff(rule, now).toLocalDate(), retention.enforce(rule.getKind(), StartedBy.ADMINISTRATOR)))
                .toList();
    }

    public List<RetentionRunRow> history() {
        return em.createQuery("""
                        SELECT NEW dk.samspil.people.boundary.RetentionRunRow(r.ranAt, r.kind, r.keepMonths, r.removed, r.startedBy)
                        FROM RetentionRun r ORDER BY r.ranAt DESC, r.id DESC""", RetentionRunRow.class)
                .setMaxResults(HISTORY)
                .getResultList();
    }
}
