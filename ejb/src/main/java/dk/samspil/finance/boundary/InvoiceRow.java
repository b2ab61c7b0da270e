package dk.samspil.finance.boundary;

import dk.samspil.finance.entity.InvoiceFormat;
import dk.samspil.finance.entity.InvoiceKind;
import dk.samspil.finance.entity.InvoiceState;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An issued invoice or credit note in the finance office's list; the payer's address is its EAN number or e-mail. */
public record InvoiceRow(long id, long number, InvoiceKind kind, InvoiceFormat format, LocalDate issueDate,
                         String courseCode, String payerName, String address, BigDecimal total, InvoiceState state,
                         Long creditsNumber, long runId) implements Serializable {
}
