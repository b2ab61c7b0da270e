package dk.samspil.development.boundary;

import dk.samspil.development.control.StaffChange;
import dk.samspil.development.control.StaffImport;
import dk.samspil.development.control.StaffImportReport;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Institution;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * A leader brings an institution's staff list up to date from a CSV file: every row is checked and
 * shown first; nothing is saved until the leader confirms, and then all valid rows are saved in one
 * transaction (a refused row changes nothing, and nothing is half-imported). Deactivated staff keep
 * their history.
 */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class StaffImports {

    private static final System.Logger LOG = System.getLogger(StaffImports.class.getName());

    @Inject
    StaffImport staffImport;

    @Inject
    Callers callers;

    public StaffImportReport preview(long institutionId, byte[] csv, boolean deactivateMissing) {
        Account me = callers.me();
        Institution institution = led(me, institutionId);
        return report(institution, false, staffImport.read(institution, me.getLedInstitutions(), me.getEmail(), csv, deactivateMissing));
    }

    /** Reads the file again and saves what it says; the report tells what was done. */
    public StaffImportReport apply(long institutionId, byte[] csv, boolean deactivateMissing) {
        Account me = callers.me();
        Institution institution = led(me, institutionId);
        List<StaffChange> changes = staffImport.read(institution, me.getLedInstitutions(), me.getEmail(), csv, deactivateMissing);
        staffImport.apply(changes);
        return report(institution, true, changes);
    }

    private static StaffImportReport report(Institution institution, boolean saved, List<StaffChange> changes) {
        return new StaffImportReport(institution.getName(), saved, changes.stream().map(StaffChange::row).toList());
    }

    private Institution led(Account me, long institutionId) {
        Set<Institution> led = me.getLedInstitutions();
        return led.stream().filter(i -> i.getId() == institutionId).findFirst().orElseThrow(() -> {
            LOG.log(System.Logger.Level.WARNING, "{0} tried to import staff into institution {1}, which they do not lead",
                    me.getEmail(), institutionId);
            return new CoverageNotFoundException();
        });
    }
}
