package dk.samspil.people.web;

import dk.samspil.people.boundary.InstitutionRow;
import dk.samspil.people.boundary.Institutions;
import dk.samspil.people.boundary.PayerDetails;
import dk.samspil.people.entity.InstitutionRuleException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * admin/institution.xhtml?id=…: rename, reclassify, move, number, close or reopen one institution, and
 * say how it is invoiced for its staff's places (EAN number, reference).
 */
@Named
@ViewScoped
public class InstitutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Institutions institutions;

    private Long id;
    private InstitutionRow state;
    private final InstitutionFields fields = new InstitutionFields();
    private String ean;
    private String invoiceReference;
    private String street;
    private String postcode;
    private String town;
    private boolean referenceRequired;
    private boolean namesOnInvoice;

    public void load() {
        try {
            fields.offering(institutions).fill(institutions.get(id == null ? -1 : id));
            state = institutions.row(id);
            showPayer();
        } catch (InstitutionRuleException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void save() {
        institutions.update(id, fields.form());
        state = institutions.row(id);
        Messages.addGlobalInfo("people.institutions.saved", state.name());
    }

    public void savePayer() {
        institutions.payBy(id, new PayerDetails(ean, invoiceReference, street, postcode, town, referenceRequired,
                namesOnInvoice));
        showPayer();
        Messages.addGlobalInfo("people.institutions.payer-saved", state.name());
    }

    /** The payer's details as saved (the EAN without the spaces someone typed). */
    private void showPayer() {
        PayerDetails payer = institutions.payer(id);
        ean = payer.ean();
        invoiceReference = payer.invoiceReference();
        street = payer.street();
        postcode = payer.postcode();
        town = payer.town();
        referenceRequired = payer.referenceRequired();
        namesOnInvoice = payer.namesOnInvoice();
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

    public InstitutionFields getFields() {
        return fields;
    }

    public InstitutionRow getState() {
        return state;
    }

    public String getEan() {
        return ean;
    }

    public void setEan(String ean) {
        this.ean = ean;
    }

    public String getInvoiceReference() {
        return invoiceReference;
    }

    public void setInvoiceReference(String invoiceReference) {
        this.invoiceReference = invoiceReference;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public boolean isReferenceRequired() {
        return referenceRequired;
    }

    public void setReferenceRequired(boolean referenceRequired) {
        this.referenceRequired = referenceRequired;
    }

    public boolean isNamesOnInvoice() {
        return namesOnInvoice;
    }

    public void setNamesOnInvoice(boolean namesOnInvoice) {
        this.namesOnInvoice = namesOnInvoice;
    }
}
