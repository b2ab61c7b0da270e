package dk.samspil.partner.web;

import dk.samspil.people.entity.PartnerKind;

import java.io.Serializable;

/** The organisation form's fields, shared by the register form and the edit form. */
public class PartnerFormFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private PartnerKind kind = PartnerKind.ASSOCIATION;
    private String descriptionDa;
    private String descriptionEn;

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

    public String getDescriptionDa() {
        return descriptionDa;
    }

    public void setDescriptionDa(String descriptionDa) {
        this.descriptionDa = descriptionDa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }
}
