package dk.samspil.people.web;

import dk.samspil.people.boundary.Choice;
import dk.samspil.people.boundary.Institutions;
import dk.samspil.people.boundary.InstitutionForm;
import dk.samspil.people.entity.InstitutionKind;

import java.io.Serializable;
import java.util.List;

/**
 * The fields of WEB-INF/includes/institution-fields.xhtml: an institution's name, kind, municipality
 * and register number, for a new one (admin/institutions.xhtml) and an existing one (admin/institution.xhtml).
 */
public class InstitutionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private InstitutionKind kind;
    private Long municipality;
    private String number;
    /** The boundary (a serializable EJB reference) the municipalities are read from when needed. */
    private Institutions boundary;
    /** Reference data, not view state: left out of the session and read again after a restart. */
    private transient List<Choice> municipalities;

    InstitutionFields offering(Institutions boundary) {
        this.boundary = boundary;
        return this;
    }

    void fill(InstitutionForm form) {
        name = form.name();
        kind = form.kind();
        municipality = form.municipalityId();
        number = form.number();
    }

    InstitutionForm form() {
        return new InstitutionForm(name, kind, municipality, number);
    }

    public List<Choice> getMunicipalities() {
        if (municipalities == null) {
            municipalities = boundary == null ? List.of() : boundary.municipalities();
        }
        return municipalities;
    }

    public List<InstitutionKind> getKinds() {
        return List.of(InstitutionKind.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public void setKind(InstitutionKind kind) {
        this.kind = kind;
    }

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
