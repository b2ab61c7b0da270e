package dk.samspil.finance.boundary;

import dk.samspil.finance.entity.InvoiceKind;
import dk.samspil.finance.entity.InvoiceState;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An issued invoice or credit note in the finance office's list. */
public record InvoiceRow(long id, long number, InvoiceKind kind, LocalDate issueDate, String courseCode,
                         String payerName, String ean, BigDecimal total, InvoiceState state, Long creditsNumber,
                         long runId) implements Serializable {
}
