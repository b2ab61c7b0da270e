package dk.samspil.people.web;

import dk.samspil.people.boundary.AccountForm;
import dk.samspil.people.boundary.AccountNotFoundException;
import dk.samspil.people.boundary.AccountRow;
import dk.samspil.people.boundary.Accounts;
import dk.samspil.people.boundary.Choice;
import dk.samspil.people.entity.JobFunction;
import dk.samspil.people.entity.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

/**
 * admin/account.xhtml?id=…: one account, or a new one without an id. A new person is mailed a link to
 * set their password; an existing account can be deactivated, reactivated or invited again.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private Long id;
    private AccountRow state;
    private String displayName;
    private String email;
    private JobFunction jobFunction;
    private Long institution;
    private String language = "da";
    private List<Role> roles = new ArrayList<>();
    private List<Long> led = new ArrayList<>();
    private Long partner;
    private List<Choice> institutionChoices;
    private List<Choice> partnerChoices;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            AccountForm form = accounts.get(id);
            displayName = form.displayName();
            email = form.email();
            jobFunction = form.jobFunction();
            institution = form.institutionId();
            language = form.language();
            roles = new ArrayList<>(form.roles());
            led = new ArrayList<>(form.ledInstitutionIds());
            partner = form.partnerOrganisationId();
            state = accounts.row(id);
        } catch (AccountNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public String save() {
        AccountForm form = new AccountForm(displayName, email, jobFunction, institution, language,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), new HashSet<>(led), partner);
        if (id == null) {
            long made = accounts.create(form);
            Messages.addFlashGlobalInfo("people.account.created", form.email());
            return "/admin/account.xhtml?faces-redirect=true&id=" + made;
        }
        accounts.update(id, form);
        Messages.addGlobalInfo("people.account.saved");
        state = accounts.row(id);
        return null;
    }

    public void deactivate() {
        accounts.deactivate(id);
        Messages.addGlobalInfo("people.account.deactivated", state.email());
        state = accounts.row(id);
    }

    public void reactivate() {
        accounts.reactivate(id);
        Messages.addGlobalInfo("people.account.reactivated", state.email());
        state = accounts.row(id);
    }

    public void resendInvitation() {
        accounts.resendInvitation(id);
        Messages.addGlobalInfo("people.account.invitation-sent", state.email());
    }

    public List<Choice> getInstitutionChoices() {
        if (institutionChoices == null) {
            institutionChoices = accounts.institutionChoices(id);
        }
        return institutionChoices;
    }

    public List<Choice> getPartnerChoices() {
        if (partnerChoices == null) {
            partnerChoices = accounts.partnerChoices();
        }
        return partnerChoices;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<JobFunction> getJobFunctions() {
        return List.of(JobFunction.values());
    }

    public AccountRow getState() {
        return state;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public List<Long> getLed() {
        return led;
    }

    public void setLed(List<Long> led) {
        this.led = led;
    }

    public Long getPartner() {
        return partner;
    }

    public void setPartner(Long partner) {
        this.partner = partner;
    }
}
