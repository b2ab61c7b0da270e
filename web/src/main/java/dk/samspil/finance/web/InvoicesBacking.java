package dk.samspil.finance.web;

import dk.samspil.finance.boundary.Billing;
import dk.samspil.finance.boundary.InvoicePage;
import dk.samspil.finance.boundary.InvoiceQuery;
import dk.samspil.finance.entity.InvoiceKind;
import dk.samspil.finance.entity.InvoiceState;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * finance/invoices.xhtml?q=&kind=&state=&page=: every issued invoice and credit note, newest first,
 * found by number, payer, EAN number or course, paged in the database; each can be downloaded and
 * marked as sent or paid.
 */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Billing billing;

    private String q;
    private InvoiceKind kind;
    private InvoiceState state;
    private int page;
    private InvoicePage result;

    public void load() {
        result = billing.invoices(new InvoiceQuery(q, kind, state, page));
    }

    public void download(long invoiceId) throws IOException {
        BillingBacking.send(billing.document(invoiceId));
    }

    public void markSent(long invoiceId) {
        told(billing.markSent(Set.of(invoiceId)), "finance.invoices.marked-sent");
    }

    public void markPaid(long invoiceId) {
        told(billing.markPaid(Set.of(invoiceId)), "finance.invoices.marked-paid");
    }

    private void told(int changed, String key) {
        BillingBacking.tell(changed, key);
        load();
    }

    public InvoicePage getResult() {
        return result;
    }

    public List<InvoiceKind> getKinds() {
        return List.of(InvoiceKind.values());
    }

    public List<InvoiceState> getStates() {
        return List.of(InvoiceState.values());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public void setKind(InvoiceKind kind) {
        this.kind = kind;
    }

    public InvoiceState getState() {
        return state;
    }

    public void setState(InvoiceState state) {
        this.state = state;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
