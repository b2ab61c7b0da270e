package dk.samspil.people.web;

import dk.samspil.people.boundary.AuthenticatedAccount;
import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;

/**
 * Who logged in in this session, as the header names them. Remembered when the login succeeds, from
 * the account the identity store has just read, so that no page looks the person up again; a name
 * changed meanwhile shows from the next login.
 */
@SessionScoped
public class LoggedInPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String displayName;

    void loggedIn(AuthenticatedAccount account) {
        email = account.email();
        displayName = account.displayName();
    }

    /** The name of the person logged in as {@code caller}, or null when this session did not see that login. */
    String displayNameOf(String caller) {
        return caller != null && caller.equals(email) ? displayName : null;
    }
}
