package dk.samspil.finance.boundary;

import dk.samspil.finance.entity.BillingBasis;
import dk.samspil.finance.entity.InvoiceKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An issued document with its lines, and for each place everything billing has issued for it. */
public record InvoiceDetails(InvoiceRow head, String buyerReference, List<Line> lines) implements Serializable {

    public InvoiceDetails {
        lines = List.copyOf(lines);
    }

    public record Line(int position, String participantName, String reference, BigDecimal amount, BillingBasis basis,
                       List<Entry> history) implements Serializable {

        public Line {
            history = List.copyOf(history);
        }
    }

    /** One document that asked for or gave back this place. */
    public record Entry(long invoiceId, long number, InvoiceKind kind, LocalDate issueDate, BigDecimal amount)
            implements Serializable {
    }
}
