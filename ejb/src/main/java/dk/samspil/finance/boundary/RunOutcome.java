package dk.samspil.finance.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a run issued: its documents numbered {@code firstNumber} to {@code lastNumber}, without gaps. */
public record RunOutcome(long runId, int invoices, int creditNotes, int lines, BigDecimal invoiced,
                         BigDecimal credited, long firstNumber, long lastNumber) implements Serializable {
}
