package dk.samspil.people.web;

import dk.samspil.people.boundary.DataAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;

/** my-data.xhtml: the caller's own data as a ZIP; for administrators a person's data, or their erasure. */
@Named
@RequestScoped
public class MyDataBacking {

    @Inject
    DataAccess access;

    private String email;
    private boolean confirmed;

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
