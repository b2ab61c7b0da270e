package dk.samspil.partner.web;

import dk.samspil.people.entity.PartnerKind;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.shared.BilingualText;

import java.io.Serializable;

/** The organisation form's fields, shared by the register form and the edit form. */
public class PartnerFormFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private PartnerKind kind = PartnerKind.ASSOCIATION;
    private final BilingualText description = new BilingualText(PartnerOrganisation.DESCRIPTION_MAX);

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public BilingualText getDescription() {
        return description;
    }
}
