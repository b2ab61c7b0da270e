package dk.samspil.people.web;

import dk.samspil.people.boundary.RetentionRow;
import dk.samspil.people.boundary.RetentionRunRow;
import dk.samspil.people.boundary.Retentions;
import dk.samspil.people.entity.RetentionKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * admin/retention.xhtml: each kind of data's period, with what is past it now (the dry run), saving
 * new periods, running the removal at once, and what past runs removed.
 */
@Named
@RequestScoped
public class RetentionBacking {

    @Inject
    Retentions retentions;

    private List<RetentionRow> rows;
    private final Map<RetentionKind, Integer> months = new EnumMap<>(RetentionKind.class);
    private boolean confirmed;

    @PostConstruct
    void load() {
        rows = retentions.dryRun();
        rows.forEach(row -> months.put(row.kind(), row.keepMonths()));
    }

    public void save() {
        for (RetentionRow row : rows) {
            Integer wanted = months.get(row.kind());
            if (wanted != null && wanted != row.keepMonths()) {
                retentions.keep(row.kind(), wanted);
            }
        }
        Messages.addGlobalInfo("people.retention.saved");
        load();
    }

    public void enforce() {
        if (!confirmed) {
            Messages.addGlobalError("people.retention.confirm-required");
            return;
        }
        long removed = retentions.enforceNow().stream().mapToLong(RetentionRow::rows).sum();
        Messages.addGlobalInfo("people.retention.enforced", removed);
        confirmed = false;
        load();
    }

    public List<RetentionRow> getRows() {
        return rows;
    }

    public Map<RetentionKind, Integer> getMonths() {
        return months;
    }

    public List<RetentionRunRow> getHistory() {
        return retentions.history();
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
