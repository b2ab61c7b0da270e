package dk.samspil.finance.entity;

import java.time.LocalDate;

/**
 * What an issued document says of itself, as written into its file: an institution is addressed by
 * its EAN number (a Peppol file), a person by their e-mail address (a PDF).
 */
public record InvoiceHeader(long number, InvoiceKind kind, InvoiceFormat format, String buyerEan, String buyerEmail,
                            String buyerName, String buyerReference, LocalDate issueDate, LocalDate dueDate,
                            byte[] document) {
}
