package dk.samspil.partner.web;

import dk.samspil.partner.boundary.PartnerDetails;
import dk.samspil.partner.boundary.PartnerDetails.ContactRow;
import dk.samspil.partner.boundary.PartnerNotFoundException;
import dk.samspil.partner.boundary.PartnerOrganisations;
import dk.samspil.people.entity.PartnerKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * consultant/partner.xhtml?id=…: one partner organisation, its contact persons and their logins.
 * A new login's first password is shown once, here, for the consultant to pass on.
 */
@Named
@ViewScoped
public class PartnerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnerOrganisations organisations;

    private Long id;
    private PartnerDetails details;
    private final PartnerFormFields fields = new PartnerFormFields();
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String newPassword;
    private String newLogin;

    public void load() {
        try {
            details = organisations.get(id == null ? -1 : id);
        } catch (PartnerNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
            return;
        }
        fields.setName(details.name());
        fields.setKind(details.kind());
        fields.getDescription().setDa(details.descriptionDa());
        fields.getDescription().setEn(details.descriptionEn());
    }

    public void save() {
        organisations.revise(id, fields.getName(), fields.getKind(), fields.getDescription().getDa(), fields.getDescription().getEn());
        Messages.addGlobalInfo("partner.organisations.saved", fields.getName());
        details = organisations.get(id);
    }

    public String delete() {
        organisations.delete(id);
        Messages.addFlashGlobalInfo("partner.organisations.deleted", details.name());
        return "/consultant/partners?faces-redirect=true";
    }

    public void addContact() {
        organisations.addContact(id, contactName, contactEmail, contactPhone);
        Messages.addGlobalInfo("partner.contacts.added", contactName);
        contactName = null;
        contactEmail = null;
        contactPhone = null;
        details = organisations.get(id);
    }

    public void removeContact(ContactRow contact) {
        organisations.removeContact(id, contact.id());
        Messages.addGlobalInfo("partner.contacts.removed", contact.name());
        details = organisations.get(id);
    }

    public void grantLogin(ContactRow contact) {
        newPassword = organisations.grantLogin(id, contact.id());
        newLogin = contact.email();
        details = organisations.get(id);
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PartnerDetails getDetails() {
        return details;
    }

    public PartnerFormFields getFields() {
        return fields;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public String getNewLogin() {
        return newLogin;
    }
}
