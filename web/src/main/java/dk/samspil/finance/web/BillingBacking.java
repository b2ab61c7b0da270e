package dk.samspil.finance.web;

import dk.samspil.finance.boundary.Billing;
import dk.samspil.finance.boundary.BillingPreview;
import dk.samspil.finance.boundary.InvoiceFile;
import dk.samspil.finance.boundary.RunOutcome;
import dk.samspil.finance.boundary.RunRow;
import dk.samspil.finance.boundary.SummaryRow;
import dk.samspil.shared.web.MessageResolver;
import dk.samspil.shared.web.TableExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * finance/billing.xhtml: what a run would issue now (the dry run, line by line with why, and what
 * is held back), issuing it, and the runs so far with their files: the Peppol documents as a ZIP for
 * the access point, and a summary of the lines as CSV or XLSX for the ERP.
 */
@Named
@RequestScoped
public class BillingBacking {

    @Inject
    Billing billing;

    private BillingPreview preview;
    private List<RunRow> runs;
    private final Map<Long, String> references = new HashMap<>();

    public BillingPreview getPreview() {
        if (preview == null) {
            preview = billing.preview();
        }
        return preview;
    }

    public List<RunRow> getRuns() {
        if (runs == null) {
            runs = billing.runs();
        }
        return runs;
    }

    public void issue() {
        RunOutcome run = billing.issue();
        Messages.addGlobalInfo("finance.billing.issued", run.invoices(), run.creditNotes(), run.lines(),
                run.firstNumber(), run.lastNumber());
        preview = null;
        runs = null;
    }

    /** The references the finance office typed for places held back for want of one. */
    public void saveReferences() {
        int given = billing.referTo(references);
        Messages.addGlobalInfo("finance.billing.references-saved", given);
        references.clear();
        preview = null;
    }

    public Map<Long, String> getReferences() {
        return references;
    }

    public void archive(long runId) throws IOException {
        send(billing.archive(runId));
    }

    public void summaryCsv(long runId) throws IOException {
        Faces.sendFile(summary(runId).csv(), fileName(runId) + ".csv", true);
    }

    public void summaryXlsx(long runId) throws IOException {
        Faces.sendFile(summary(runId).xlsx(fileName(runId)), fileName(runId) + ".xlsx", true);
    }

    /** Says what a change of documents' state did: how many changed, or that none needed to. */
    static void tell(int changed, String key) {
        if (changed == 0) {
            Messages.addGlobalError("finance.invoices.unchanged");
        } else {
            Messages.addGlobalInfo(key);
        }
    }

    static void send(InvoiceFile file) throws IOException {
        Faces.sendFile(file.content(), file.name(), true);
    }

    private static String fileName(long runId) {
        return MessageResolver.text("finance.billing.summary-file") + "-" + runId;
    }

    private TableExport summary(long runId) {
        TableExport table = TableExport.withHeader(List.of("finance.column.number", "finance.column.kind",
                        "finance.column.issued", "finance.column.due", "finance.column.course", "finance.column.payer",
                        "finance.column.address", "finance.column.buyer-reference", "finance.column.credits",
                        "finance.column.line", "finance.column.participant", "finance.column.reference",
                        "finance.column.basis", "finance.column.amount").stream().map(MessageResolver::text).toList());
        for (SummaryRow row : billing.summary(runId)) {
            table.row(row.number(), MessageResolver.text("finance.kind." + row.kind()), row.issueDate(), row.dueDate(),
                    row.courseCode(), row.payerName(), row.address(), row.buyerReference(), row.creditsNumber(),
                    row.position(), row.participantName(), row.reference(),
                    MessageResolver.text("finance.basis." + row.basis()), row.amount());
        }
        return table;
    }
}
