package dk.samspil.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** The logged-in person as the layout shows them: name and e-mail, home page, logout. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    LoggedInPerson person;

    /** The servlet container's view: WildFly names an anonymous caller "anonymous" rather than null. */
    public boolean isLoggedIn() {
        return request.getRemoteUser() != null;
    }

    /** Their name, remembered at login (no statement per page); the e-mail where this session did not see the login. */
    public String getName() {
        String caller = request.getRemoteUser();
        if (caller == null) {
            return null;
        }
        String name = person.displayNameOf(caller);
        return name == null || name.isBlank() ? caller : name;
    }

    /** The e-mail address they logged in with (the caller's principal). */
    public String getEmail() {
        return request.getRemoteUser();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** Ends the session on the server, not only the cookie, and starts over at the catalogue. */
    public void logout() throws ServletException, IOException {
        ExternalContext externalContext = FacesContext.getCurrentInstance().getExternalContext();
        request.logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/");
    }
}
