package dk.samspil.people.web;

import dk.samspil.people.boundary.Passwords;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * password.xhtml: a logged-in person changes their own password; password-forgotten.xhtml and
 * password-reset.xhtml: anyone asks for a link by mail and sets a new password with it.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    Passwords passwords;

    private String current;
    private String next;
    private String repeated;
    private String email;
    /** The secret from the mailed link's address; the form posts back to the same address. */
    private String token;
    private Boolean linkUsable;

    @PostConstruct
    void readLink() {
        token = Faces.getRequestParameter("token");
    }

    public void change() {
        if (!sameTwice()) {
            return;
        }
        HttpSession session = Faces.getSession();
        SessionGuard.keepAfterPasswordChange(session, passwords.changeOwn(current.toCharArray(), next.toCharArray()));
        Messages.addGlobalInfo("people.password.changed");
    }

    public void requestLink() {
        passwords.requestReset(email);
        Messages.addGlobalInfo("people.password.link-sent");
    }

    public String reset() {
        if (!sameTwice()) {
            return null;
        }
        passwords.reset(token, next.toCharArray());
        Messages.addFlashGlobalInfo("people.password.reset-done");
        return "/login.xhtml?faces-redirect=true";
    }

    /** Whether the link in the address can still be used; the page offers the form only then. */
    public boolean isLinkUsable() {
        if (linkUsable == null) {
            linkUsable = passwords.isResetLinkUsable(token);
        }
        return linkUsable;
    }

    private boolean sameTwice() {
        if (!next.equals(repeated)) {
            Messages.addError(Faces.getContext().getViewRoot().findComponent("password:repeated").getClientId(),
                    "people.password.mismatch");
            return false;
        }
        return true;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
