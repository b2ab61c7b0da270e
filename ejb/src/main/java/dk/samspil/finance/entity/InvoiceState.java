package dk.samspil.finance.entity;

/** Where an issued document is: issued (the file exists), sent to the payer's access point, paid. */
public enum InvoiceState {
    ISSUED, SENT, PAID
}
