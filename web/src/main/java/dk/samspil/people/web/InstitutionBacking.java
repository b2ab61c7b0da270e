package dk.samspil.people.web;

import dk.samspil.people.boundary.Choice;
import dk.samspil.people.boundary.InstitutionForm;
import dk.samspil.people.boundary.InstitutionRow;
import dk.samspil.people.boundary.Institutions;
import dk.samspil.people.entity.AccountRuleException;
import dk.samspil.people.entity.InstitutionKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** admin/institution.xhtml?id=…: rename, reclassify, move, number, close or reopen one institution. */
@Named
@ViewScoped
public class InstitutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Institutions institutions;

    private Long id;
    private InstitutionRow state;
    private String name;
    private InstitutionKind kind;
    private Long municipality;
    private String number;
    private List<Choice> municipalities;

    public void load() {
        try {
            InstitutionForm form = institutions.get(id == null ? -1 : id);
            name = form.name();
            kind = form.kind();
            municipality = form.municipalityId();
            number = form.number();
            state = institutions.row(id);
        } catch (AccountRuleException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void save() {
        institutions.update(id, new InstitutionForm(name, kind, municipality, number));
        state = institutions.row(id);
        Messages.addGlobalInfo("people.institutions.saved", state.name());
    }

    public void close() {
        institutions.close(id);
        state = institutions.row(id);
        Messages.addGlobalInfo("people.institutions.closed-now", state.name());
    }

    public void reopen() {
        institutions.reopen(id);
        state = institutions.row(id);
        Messages.addGlobalInfo("people.institutions.reopened", state.name());
    }

    public List<Choice> getMunicipalities() {
        if (municipalities == null) {
            municipalities = institutions.municipalities();
        }
        return municipalities;
    }

    public List<InstitutionKind> getKinds() {
        return List.of(InstitutionKind.values());
    }

    public InstitutionRow getState() {
        return state;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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
