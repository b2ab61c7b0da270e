package dk.samspil.people.web;

import dk.samspil.people.boundary.Choice;
import dk.samspil.people.boundary.Institutions;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The fields of WEB-INF/includes/institution-chooser.xhtml: a municipality, then one of its open
 * institutions (register.xhtml, participant/workplace.xhtml).
 */
public class InstitutionChooser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The boundary (a serializable EJB reference) the lists are read from again when needed. */
    private final Institutions boundary;
    private Long municipality;
    private Long institution;
    /** Reference data, not view state: left out of the session and read again after a restart. */
    private transient List<Choice> municipalities;
    private transient List<Choice> institutions;

    InstitutionChooser(Institutions boundary) {
        this.boundary = boundary;
    }

    /** A municipality chosen: its institutions are offered, and an earlier choice elsewhere is dropped. */
    void municipalityChosen() {
        institution = null;
        institutions = null;
    }

    public List<Choice> getMunicipalities() {
        if (municipalities == null) {
            municipalities = boundary.municipalities();
        }
        return municipalities;
    }

    public List<Choice> getInstitutions() {
        if (institutions == null) {
            institutions = municipality == null ? List.of() : boundary.openIn(municipality);
        }
        return institutions;
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        if (!Objects.equals(this.municipality, municipality)) {
            institutions = null;
        }
        this.municipality = municipality;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }
}
