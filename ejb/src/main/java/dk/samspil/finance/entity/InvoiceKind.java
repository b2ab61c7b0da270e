package dk.samspil.finance.entity;

/** An invoice asks for money; a credit note gives back (part of) what an earlier invoice asked for. */
public enum InvoiceKind {
    INVOICE, CREDIT_NOTE
}
