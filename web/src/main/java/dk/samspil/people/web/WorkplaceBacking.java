package dk.samspil.people.web;

import dk.samspil.people.boundary.Choice;
import dk.samspil.people.boundary.Institutions;
import dk.samspil.people.boundary.Workplace;
import dk.samspil.people.boundary.Workplaces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** participant/workplace.xhtml: where I work as confirmed, and a request to join another institution. */
@Named
@ViewScoped
public class WorkplaceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workplaces workplaces;

    @Inject
    Institutions institutions;

    private Workplace mine;
    private Long municipality;
    private Long institution;
    private List<Choice> municipalities;

    public Workplace getMine() {
        if (mine == null) {
            mine = workplaces.mine();
        }
        return mine;
    }

    public void ask() {
        workplaces.askToJoin(institution);
        mine = workplaces.mine();
        Messages.addGlobalInfo("people.workplace.asked", mine.requested());
    }

    public void withdraw() {
        workplaces.askToJoin(null);
        mine = workplaces.mine();
        Messages.addGlobalInfo("people.workplace.withdrawn");
    }

    public void municipalityChosen() {
        institution = null;
    }

    public List<Choice> getMunicipalities() {
        if (municipalities == null) {
            municipalities = institutions.municipalities();
        }
        return municipalities;
    }

    public List<Choice> getInstitutions() {
        return municipality == null ? List.of() : institutions.openIn(municipality);
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }
}
