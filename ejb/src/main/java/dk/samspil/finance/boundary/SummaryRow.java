package dk.samspil.finance.boundary;

import dk.samspil.finance.entity.BillingBasis;
import dk.samspil.finance.entity.InvoiceKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a run, as the college's ERP takes it in: the document, the payer (EAN number or e-mail), the place and the amount. */
public record SummaryRow(long number, InvoiceKind kind, LocalDate issueDate, LocalDate dueDate, String courseCode,
                         String payerName, String address, String buyerReference, Long creditsNumber, int position,
                         String participantName, String reference, BillingBasis basis, BigDecimal amount)
        implements Serializable {
}
