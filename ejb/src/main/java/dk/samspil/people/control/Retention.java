package dk.samspil.people.control;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.RetentionKind;
import dk.samspil.people.entity.RetentionRule;
import dk.samspil.people.entity.RetentionRun;
import dk.samspil.people.entity.RetentionRun.StartedBy;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.NativeRows;
import jakarta.annotation.security.PermitAll;
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
 * Applies the retention rules: what each kind of data has past its period ({@link #due}, the dry
 * run), and removing it ({@link #enforce}), each kind in its own transaction so one kind's failure
 * leaves the others' work done. Reflections and notifications are deleted (with what hangs on them),
 * inactive accounts are anonymised as an erasure would ({@link PersonalDataErasure}), so the
 * figures that count them still add up. Not a boundary: reached only through the administrator's
 * {@code Retentions} and the nightly {@link RetentionSchedule}.
 */
@Stateless
@PermitAll
public class Retention {

    private static final String REFLECTIONS_PAST = """
            FROM reflection r JOIN course_module m ON m.id = r.module_id JOIN course c ON c.id = m.course_id
            WHERE c.last_session_at < ?""";
    private static final String INACTIVE_ACCOUNTS = """
            FROM account WHERE active = FALSE AND deactivated_at < ? AND email NOT LIKE ?""";

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataErasure erasure;

    public List<RetentionRule> rules() {
        return em.createQuery("SELECT r FROM RetentionRule r ORDER BY r.kind", RetentionRule.class).getResultList();
    }

    /** The day before which data of this rule's kind is past its period. */
    public static LocalDateTime cutoff(RetentionRule rule, LocalDateTime now) {
        return now.minusMonths(rule.getKeepMonths());
    }

    /** How many rows (reflections, notifications, entries, accounts, records) are past their period: nothing changes. */
    public long due(RetentionRule rule, LocalDateTime now) {
        LocalDateTime cutoff = cutoff(rule, now);
        return switch (rule.getKind()) {
            case REFLECTIONS -> count("SELECT COUNT(*) " + REFLECTIONS_PAST, cutoff);
            case NOTIFICATIONS -> count("SELECT COUNT(*) FROM notification WHERE created_at < ?", cutoff);
            case ACCESS_LOG -> count("SELECT COUNT(*) FROM access_log WHERE accessed_at < ?", cutoff);
            case INACTIVE_ACCOUNTS -> count("SELECT COUNT(*) " + INACTIVE_ACCOUNTS, cutoff, erasedPattern());
            case SECURITY_RECORDS -> count("SELECT COUNT(*) FROM account_link WHERE created_at < ?", cutoff)
                    + count("SELECT COUNT(*) FROM login_throttle WHERE first_failure_at < ? AND "
                    + "(blocked_until IS NULL OR blocked_until < ?)", cutoff, now);
            case UNVERIFIED_REGISTRATIONS -> count("SELECT COUNT(*) " + UNVERIFIED, cutoff, cutoff);
        };
    }

    /** Removes what is past the rule's period and records the run; returns how many rows went. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int enforce(RetentionKind kind, StartedBy startedBy) {
        RetentionRule rule = em.find(RetentionRule.class, kind);
        LocalDateTime now = DanishTime.now();
        LocalDateTime cutoff = cutoff(rule, now);
        int removed = switch (kind) {
            case REFLECTIONS -> update("DELETE r " + REFLECTIONS_PAST, cutoff);
            case NOTIFICATIONS -> update("DELETE FROM notification WHERE created_at < ?", cutoff);
            case ACCESS_LOG -> update("DELETE FROM access_log WHERE accessed_at < ?", cutoff);
            case INACTIVE_ACCOUNTS -> anonymiseInactive(cutoff);
            case SECURITY_RECORDS -> update("DELETE FROM account_link WHERE created_at < ?", cutoff)
                    + update("DELETE FROM login_throttle WHERE first_failure_at < ? AND "
                    + "(blocked_until IS NULL OR blocked_until < ?)", cutoff, now);
            case UNVERIFIED_REGISTRATIONS -> deleteUnverified(cutoff);
        };
        em.persist(new RetentionRun(kind, rule.getKeepMonths(), removed, startedBy, now));
        em.getEntityManagerFactory().getCache().evictAll();
        SECURITY.log(System.Logger.Level.INFO, "Retention ({0}) removed {1} rows of {2} older than {3} months",
                startedBy, removed, kind, rule.getKeepMonths());
        return removed;
    }

    /**
     * Never verified, not registered again since the cutoff (a new attempt makes a new link), and not
     * referred to by what others did for the person (an enrolment, a message, a partner's contact).
     */
    private static final String UNVERIFIED = """
            FROM account a WHERE a.email_verified = FALSE AND a.created_at < ?
            AND NOT EXISTS (SELECT 1 FROM account_link l WHERE l.account_id = a.id AND l.created_at >= ?)
            AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.account_id = a.id)
            AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = a.id)
            AND NOT EXISTS (SELECT 1 FROM partner_contact c WHERE c.account_id = a.id)""";

    /** Such an account never logged in, so nothing but its links and roles (which cascade) refer to it. */
    private int deleteUnverified(LocalDateTime cutoff) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT a.id " + UNVERIFIED)
                .setParameter(1, cutoff)
                .setParameter(2, cutoff)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> accounts = ids.stream().map(Number::longValue).toList();
        em.createQuery("DELETE FROM AccountLink l WHERE l.account.id IN :ids").setParameter("ids", accounts).executeUpdate();
        return em.createQuery("DELETE FROM Account a WHERE a.id IN :ids").setParameter("ids", accounts).executeUpdate();
    }

    private int anonymiseInactive(LocalDateTime cutoff) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id " + INACTIVE_ACCOUNTS)
                .setParameter(1, cutoff)
                .setParameter(2, erasedPattern())
                .getResultList();
        ids.forEach(id -> erasure.erase(em.find(Account.class, id.longValue())));
        return ids.size();
    }

    private static String erasedPattern() {
        return "%" + PersonalDataErasure.ERASED_DOMAIN;
    }

    private long count(String sql, Object... parameters) {
        return NativeRows.count(em, sql, parameters);
    }

    private int update(String sql, Object... parameters) {
        return NativeRows.update(em, sql, parameters);
    }
}
