package dk.samspil.people.web;

import dk.samspil.people.boundary.Choice;
import dk.samspil.people.boundary.Institutions;

import java.io.Serializable;
import java.util.List;

/**
 * The fields of WEB-INF/includes/institution-chooser.xhtml: a municipality, then one of its open
 * institutions (register.xhtml, participant/workplace.xhtml).
 */
public class InstitutionChooser implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long municipality;
    private Long institution;
    private List<Choice> municipalities = List.of();
    private List<Choice> institutions = List.of();

    InstitutionChooser offering(List<Choice> municipalities) {
        this.municipalities = municipalities;
        return this;
    }

    /** A municipality chosen: its institutions are offered, and an earlier choice elsewhere is dropped. */
    void municipalityChosen(Institutions boundary) {
        institution = null;
        institutions = municipality == null ? List.of() : boundary.openIn(municipality);
    }

    public List<Choice> getMunicipalities() {
        return municipalities;
    }

    public List<Choice> getInstitutions() {
        return institutions;
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
