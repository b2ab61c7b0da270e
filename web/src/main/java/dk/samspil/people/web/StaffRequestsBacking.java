package dk.samspil.people.web;

import dk.samspil.people.boundary.StaffRequestRow;
import dk.samspil.people.boundary.StaffRequests;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * leader/staff-requests.xhtml: people who say they work at one of the leader's institutions, to confirm
 * or decline. View-scoped, so a button answers for the row the leader saw even if the list changed
 * meanwhile (a person verifying their address joins it).
 */
@Named
@ViewScoped
public class StaffRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
