package dk.samspil.people.web;

import dk.samspil.people.boundary.AccountPage;
import dk.samspil.people.boundary.AccountQuery;
import dk.samspil.people.boundary.Accounts;
import dk.samspil.people.boundary.Choice;
import dk.samspil.people.boundary.Institutions;
import dk.samspil.people.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * admin/accounts.xhtml?q=&role=&institution=&municipality=&active=&page=: the administrator's account
 * search. The filters live in the address, so a search can be bookmarked and paged.
 */
@Named
@RequestScoped
public class AccountsBacking {

    @Inject
    Accounts accounts;

    @Inject
    Institutions institutions;

    private String q;
    private Role role;
    private Long institution;
    private Long municipality;
    private Boolean active;
    private int page;
    private AccountPage result;
    private List<Choice> institutionChoices;
    private List<Choice> municipalityChoices;

    public void load() {
        result = accounts.search(new AccountQuery(q, role, institution, municipality, active, page));
    }

    public AccountPage getResult() {
        return result;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    /** Read once a request: the page's lists ask for them more than once. */
    public List<Choice> getInstitutions() {
        if (institutionChoices == null) {
            institutionChoices = accounts.institutionChoices(null);
        }
        return institutionChoices;
    }

    public List<Choice> getMunicipalities() {
        if (municipalityChoices == null) {
            municipalityChoices = institutions.municipalities();
        }
        return municipalityChoices;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
