package dk.samspil.people.boundary;

import java.io.Serializable;

/**
 * How an institution is invoiced for its staff's places, as an administrator writes it: its EAN
 * number (13 digits with a GS1 check digit, or blank), the reference it wants on every invoice (or
 * blank), the postal address on its invoices, whether each place needs its own reference (the
 * approving leader gives it) and whether the lines name the participants.
 */
public record PayerDetails(String ean, String invoiceReference, String street, String postcode, String town,
                           boolean referenceRequired, boolean namesOnInvoice) implements Serializable {

    /** An EAN number and a standing reference; no address, no reference per place, participants named. */
    public PayerDetails(String ean, String invoiceReference) {
        this(ean, invoiceReference, null, null, null, false, true);
    }
}
