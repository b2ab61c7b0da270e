package dk.samspil.finance.web;

import dk.samspil.finance.boundary.Billing;
import dk.samspil.finance.entity.BillingRefusedException;
import dk.samspil.finance.boundary.InvoiceDetails;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.Set;

/**
 * finance/invoice.xhtml?id=: one issued document with its lines, and for each place every document
 * billing has issued for it (invoiced, then perhaps credited); download, mark as sent or paid.
 */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Billing billing;

    private Long id;
    private InvoiceDetails details;

    public void load() {
        try {
            details = billing.details(id == null ? -1 : id);
        } catch (BillingRefusedException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void download() throws IOException {
        BillingBacking.send(billing.document(id));
    }

    public void mailAgain() {
        billing.mailAgain(id);
        Messages.addGlobalInfo("finance.invoices.mailed");
        load();
    }

    public void markSent() {
        told(billing.markSent(Set.of(id)), "finance.invoices.marked-sent");
    }

    public void markPaid() {
        told(billing.markPaid(Set.of(id)), "finance.invoices.marked-paid");
    }

    private void told(int changed, String key) {
        BillingBacking.tell(changed, key);
        load();
    }

    public InvoiceDetails getDetails() {
        return details;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
