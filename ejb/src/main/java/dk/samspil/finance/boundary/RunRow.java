package dk.samspil.finance.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A run in the history: when, by whom, and how many documents and lines it issued. */
public record RunRow(long id, LocalDateTime issuedAt, String issuedBy, int invoices, int creditNotes, int lines)
        implements Serializable {
}
