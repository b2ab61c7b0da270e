package dk.samspil.finance.control;

import dk.samspil.finance.entity.Invoice;
import dk.samspil.finance.entity.InvoiceKind;
import dk.samspil.notification.control.Mailer;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Mails a person who pays for their own place the PDF of their invoice or credit note, once the run
 * that issued it has committed, on a thread of its own; a document that left is marked as sent. One
 * that did not (the mail server was away) stays issued, and the finance office sends it again from
 * the invoice's page. The mail is sent outside a transaction and marked in one of its own
 * afterwards ({@link #markSent}), so that a transaction run again after a write conflict never
 * sends it twice.
 */
@Stateless
@PermitAll
public class InvoiceMails {

    private static final System.Logger LOG = System.getLogger(InvoiceMails.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Resource
    SessionContext context;

    /** Sends the document now; returns whether it left. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean send(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        String language = invoice.getPayerAccount().getLanguage();
        Locale locale = Locale.forLanguageTag(language);
        boolean credit = invoice.getKind() == InvoiceKind.CREDIT_NOTE;
        var file = new Mailer.Attachment(invoice.fileName(), invoice.getFormat().contentType(), invoice.getDocument());
        boolean sent = mailer.sendDocument(invoice.getBuyerEmail(), invoice.getBuyerName(), language,
                credit ? "credit-note" : "invoice", file, Long.toString(invoice.getNumber()),
                invoice.getCourse().getCode() + " " + invoice.getCourse().getTitle().in(locale),
                InvoicePdf.amount(invoice.getTotal()),
                DateTimeFormatter.ofPattern("d. MMMM yyyy", locale).format(invoice.getDueDate()));
        if (sent) {
            context.getBusinessObject(InvoiceMails.class).markSent(invoiceId);
        }
        LOG.log(sent ? System.Logger.Level.INFO : System.Logger.Level.WARNING, "{0} {1} {2} to its payer",
                credit ? "Credit note" : "Invoice", invoice.getNumber(), sent ? "mailed" : "not mailed");
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(long invoiceId) {
        em.find(Invoice.class, invoiceId).markSent(DanishTime.now());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendLater(long invoiceId) {
        send(invoiceId);
    }

    /** A document to mail once the run that issued it has committed. */
    public record Issued(long invoiceId) {
    }

    /** Hands each committed {@link Issued} document to {@link InvoiceMails}, on its own thread. */
    @ApplicationScoped
    public static class Outbox {

        @Inject
        InvoiceMails mails;

        void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Issued issued) {
            mails.sendLater(issued.invoiceId());
        }
    }
}
