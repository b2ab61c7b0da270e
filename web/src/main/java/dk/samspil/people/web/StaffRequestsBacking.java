package dk.samspil.people.web;

import dk.samspil.people.boundary.StaffRequestRow;
import dk.samspil.people.boundary.StaffRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.util.List;

/** leader/staff-requests.xhtml: people who say they work at one of the leader's institutions, to confirm or decline. */
@Named
@RequestScoped
public class StaffRequestsBacking {

    @Inject
    StaffRequests requests;

    private List<StaffRequestRow> rows;

    public List<StaffRequestRow> getRows() {
        if (rows == null) {
            rows = requests.pending();
        }
        return rows;
    }

    public void confirm(StaffRequestRow row) {
        requests.confirm(row.accountId());
        Messages.addGlobalInfo("people.staff-requests.confirmed", row.name(), row.institution());
        rows = null;
    }

    public void decline(StaffRequestRow row) {
        requests.decline(row.accountId());
        Messages.addGlobalInfo("people.staff-requests.declined", row.name(), row.institution());
        rows = null;
    }
}
