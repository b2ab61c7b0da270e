package dk.samspil.people.web;

import dk.samspil.people.boundary.AccessRow;
import dk.samspil.people.boundary.DataAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.util.List;

/** my-data.xhtml: the caller's own data as a ZIP; for administrators a person's data, or their erasure. */
@Named
@RequestScoped
public class MyDataBacking {

    @Inject
    DataAccess access;

    private String email;
    private boolean confirmed;
    private List<AccessRow> accessLog;
    /** The person whose access log an administrator asked for, shown with it. */
    private String accessLogOf;

    public void download() throws IOException {
        Faces.sendFile(access.myData(), "samspil-mine-data.zip", true);
    }

    public void downloadFor() throws IOException {
        Faces.sendFile(access.dataOf(email), "samspil-data.zip", true);
    }

    /** Erases the person (an administrator's decision, confirmed on the page). */
    public void erase() {
        if (!confirmed) {
            Messages.addGlobalError("people.erase.confirm-required");
            return;
        }
        access.erase(email);
        Messages.addGlobalInfo("people.erase.done", email);
        email = null;
        confirmed = false;
    }

    /** The administrator's view of a person's access log, on the same page. */
    public void showAccessLogFor() {
        accessLog = access.accessLogOf(email);
        accessLogOf = email;
    }

    /** Who else read or exported the caller's data, or the person's an administrator asked for. */
    public List<AccessRow> getAccessLog() {
        if (accessLog == null) {
            accessLog = access.myAccessLog();
        }
        return accessLog;
    }

    public String getAccessLogOf() {
        return accessLogOf;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
