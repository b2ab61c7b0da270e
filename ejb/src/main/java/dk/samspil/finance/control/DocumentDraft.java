package dk.samspil.finance.control;

import dk.samspil.finance.entity.InvoiceKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one Peppol invoice or credit note says, before it is written: its number and dates,
 * the buyer (addressed by EAN number), the buyer's reference, what a credit note credits, and a line
 * per place.
 */
public record DocumentDraft(InvoiceKind kind, long number, LocalDate issueDate, LocalDate dueDate, Buyer buyer,
                            String buyerReference, Credited credits, List<Line> lines) {

    public DocumentDraft {
        lines = List.copyOf(lines);
    }

    public BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The payer: an institution's EAN number, or a person's e-mail address; the name and (where known) postal address. */
    public record Buyer(String ean, String email, String name, String street, String postcode, String town) {
    }

    /** The invoice a credit note gives back. */
    public record Credited(long number, LocalDate issueDate) {
    }

    /**
     * One place: the item is the course, the note names the participant (or not, as the payer wants)
     * and the payer's reference for this place goes into the buyer's accounting reference.
     */
    public record Line(String item, String note, String reference, BigDecimal amount) {
    }
}
