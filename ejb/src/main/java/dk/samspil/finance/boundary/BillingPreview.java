package dk.samspil.finance.boundary;

import dk.samspil.finance.entity.BillingBasis;
import dk.samspil.finance.entity.InvoiceFormat;
import dk.samspil.finance.entity.InvoiceKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The dry run: every document a run would issue now, line by line with why, and the places held back. */
public record BillingPreview(List<Document> documents, List<HeldPlace> held) implements Serializable {

    public BillingPreview {
        documents = List.copyOf(documents);
        held = List.copyOf(held);
    }

    public int lines() {
        return documents.stream().mapToInt(document -> document.lines().size()).sum();
    }

    /** Whether a place is held back for want of the payer's reference, which the finance office can give. */
    public boolean referencesMissing() {
        return held.stream().anyMatch(HeldPlace::referenceMissing);
    }

    public BigDecimal invoiced() {
        return total(InvoiceKind.INVOICE);
    }

    public BigDecimal credited() {
        return total(InvoiceKind.CREDIT_NOTE);
    }

    private BigDecimal total(InvoiceKind kind) {
        return documents.stream().filter(document -> document.kind() == kind).map(Document::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * An invoice or credit note to issue: for a course and a payer, addressed by EAN number (a Peppol
     * file) or e-mail (a PDF); a credit note names the invoice it credits.
     */
    public record Document(InvoiceKind kind, InvoiceFormat format, String courseCode, String courseTitle,
                           String payerName, String address,
                           String buyerReference, Long creditsNumber, List<Line> lines, BigDecimal total)
            implements Serializable {

        public Document {
            lines = List.copyOf(lines);
        }
    }

    /** A place on it: who, the payer's reference for the place, the amount and why (a bundle key). */
    public record Line(String participantName, String reference, BigDecimal amount, BillingBasis basis,
                       String reasonKey) implements Serializable {
    }

    /** A place owed but not invoiced yet, and what is missing (a bundle key). */
    public record HeldPlace(long enrolmentId, String courseCode, String participantName, String payerName,
                            String problemKey) implements Serializable {

        /** The finance office can give what is missing here: the payer's reference for the place. */
        public boolean referenceMissing() {
            return "finance.held.no-reference".equals(problemKey);
        }
    }
}
