package dk.samspil.people.boundary;

import java.io.Serializable;

/**
 * How an institution is invoiced for its staff's places, as an administrator writes it: its EAN
 * number (13 digits with a GS1 check digit, or blank) and the reference it wants on every invoice
 * (or blank).
 */
public record PayerDetails(String ean, String invoiceReference) implements Serializable {
}
