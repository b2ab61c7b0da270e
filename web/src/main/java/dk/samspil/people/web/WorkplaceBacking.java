package dk.samspil.people.web;

import dk.samspil.people.boundary.Institutions;
import dk.samspil.people.boundary.Workplace;
import dk.samspil.people.boundary.Workplaces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;

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
    private InstitutionChooser chooser;

    public Workplace getMine() {
        if (mine == null) {
            mine = workplaces.mine();
        }
        return mine;
    }

    public void ask() {
        workplaces.askToJoin(getChooser().getInstitution());
        mine = workplaces.mine();
        Messages.addGlobalInfo("people.workplace.asked", mine.requested());
    }

    public void withdraw() {
        workplaces.askToJoin(null);
        mine = workplaces.mine();
        Messages.addGlobalInfo("people.workplace.withdrawn");
    }

    public void municipalityChosen() {
        chooser.municipalityChosen();
    }

    public InstitutionChooser getChooser() {
        if (chooser == null) {
            chooser = new InstitutionChooser(institutions);
        }
        return chooser;
    }
}
