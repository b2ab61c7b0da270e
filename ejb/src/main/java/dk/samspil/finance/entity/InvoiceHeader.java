package dk.samspil.finance.entity;

import java.time.LocalDate;

/** What an issued document says of itself, as written into its Peppol file. */
public record InvoiceHeader(long number, InvoiceKind kind, String buyerEan, String buyerName, String buyerReference,
                            LocalDate issueDate, LocalDate dueDate, byte[] document) {
}
