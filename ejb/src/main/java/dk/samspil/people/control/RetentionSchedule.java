package dk.samspil.people.control;

import dk.samspil.shared.Leases;
import dk.samspil.people.entity.RetentionKind;
import dk.samspil.people.entity.RetentionRun.StartedBy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Every night at 02:30 (Danish time) each retention rule is enforced, each in its own transaction
 * (none around them all, so a long night cannot time out and run twice); a kind that fails is tried
 * again the next night.
 */
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
public class RetentionSchedule {

    private static final System.Logger LOG = System.getLogger(RetentionSchedule.class.getName());

    @Inject
    Retention retention;

    @Inject
    Leases leases;

    @Schedule(hour = "2", minute = "30", timezone = "Europe/Copenhagen", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        if (!leases.claim("retention", Duration.ofHours(1))) {
            return;
        }
        for (RetentionKind kind : RetentionKind.values()) {
            try {
                retention.enforce(kind, StartedBy.SCHEDULE);
            } catch (EJBException e) {
                LOG.log(System.Logger.Level.ERROR, "Retention of " + kind + " failed; tried again tomorrow", e);
            }
        }
    }
}
