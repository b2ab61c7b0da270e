package dk.samspil.people.web;

import dk.samspil.people.boundary.DataAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** my-data.xhtml: the caller's own data as a ZIP, or (for administrators) a person's. */
@Named
@RequestScoped
public class MyDataBacking {

    @Inject
    DataAccess access;

    private String email;

    public void download() throws IOException {
        Faces.sendFile(access.myData(), "samspil-mine-data.zip", true);
    }

    public void downloadFor() throws IOException {
        Faces.sendFile(access.dataOf(email), "samspil-data.zip", true);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
