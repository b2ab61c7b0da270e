package dk.samspil.people.web;

import dk.samspil.people.boundary.Institutions;
import dk.samspil.people.boundary.RegistrationForm;
import dk.samspil.people.boundary.Registrations;
import dk.samspil.people.entity.JobFunction;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * register.xhtml: a participant makes their own account; the municipality narrows the institutions
 * offered. register-confirm.xhtml?token=…: the mailed link verifies the address.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The jobs a person registering can have; leaders and consultants are made by an administrator. */
    private static final List<JobFunction> JOBS = List.of(JobFunction.TEACHER, JobFunction.PEDAGOGUE, JobFunction.OTHER);

    @Inject
    Registrations registrations;

    @Inject
    Institutions institutions;

    @Inject
    LanguageBacking language;

    @Inject
    /** Looked up when used: the security context itself does not serialize with the view. */
    Instance<SecurityContext> securityContext;

    private String name;
    private String email;
    private JobFunction jobFunction;
    private String password;
    private String repeated;
    private boolean sent;
    private String token;
    private Boolean linkUsable;
    private InstitutionChooser chooser;
    /** The person an identity provider vouched for, when registration began with single sign-on. */
    private SsoIdentity vouched;

    @PostConstruct
    void fromSingleSignOn() {
        vouched = Faces.getSessionAttribute(SsoIdentity.SESSION_KEY);
        if (vouched != null && !vouched.isFresh(Instant.now())) {
            Faces.removeSessionAttribute(SsoIdentity.SESSION_KEY);
            vouched = null;
        }
        if (vouched != null) {
            name = vouched.name();
            email = vouched.email();
        }
    }

    public void register() throws IOException {
        if (vouched != null) {
            registrations.registerVouched(new RegistrationForm(name, vouched.email(), jobFunction, getChooser().getInstitution(),
                    language.getTag(), null));
            Faces.removeSessionAttribute(SsoIdentity.SESSION_KEY);
            logInVouched();
            return;
        }
        if (!password.equals(repeated)) {
            Messages.addError(Faces.getContext().getViewRoot().findComponent("register:repeated").getClientId(),
                    "people.password.mismatch");
            return;
        }
        registrations.register(new RegistrationForm(name, email, jobFunction, getChooser().getInstitution(), language.getTag(),
                password.toCharArray()), Faces.getRemoteAddr());
        password = null;
        repeated = null;
        sent = true;
    }

    /** The provider vouched for the person moments ago in this session: they are logged in as single sign-on does. */
    private void logInVouched() throws IOException {
        SsoServlet.logIn(securityContext.get(), Faces.getRequest(), Faces.getResponse(),
                new SsoCredential(vouched.email(), vouched.issuer()));
        Faces.responseComplete();
    }

    public String confirm() {
        registrations.verify(token, password.toCharArray());
        password = null;
        Messages.addFlashGlobalInfo("people.register.verified");
        return "/login.xhtml?faces-redirect=true";
    }

    public void municipalityChosen() {
        chooser.municipalityChosen();
    }

    public boolean isLinkUsable() {
        if (linkUsable == null) {
            linkUsable = registrations.isVerificationLinkUsable(token);
        }
        return linkUsable;
    }

    public InstitutionChooser getChooser() {
        if (chooser == null) {
            chooser = new InstitutionChooser(institutions);
        }
        return chooser;
    }

    public List<JobFunction> getJobs() {
        return JOBS;
    }

    /** The address came from the identity provider: it is shown, not typed, and no password is asked for. */
    public boolean isVouched() {
        return vouched != null;
    }

    public boolean isSent() {
        return sent;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public JobFunction getJobFunction() {
        return jobFunction;
    }

    public void setJobFunction(JobFunction jobFunction) {
        this.jobFunction = jobFunction;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
