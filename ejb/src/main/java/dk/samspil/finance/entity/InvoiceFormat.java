package dk.samspil.finance.entity;

/** How a document reaches its payer: a Peppol file to an institution's EAN number, or a PDF mailed to a person. */
public enum InvoiceFormat {
    PEPPOL, PDF;

    public String fileExtension() {
        return this == PEPPOL ? "xml" : "pdf";
    }

    public String contentType() {
        return this == PEPPOL ? "application/xml" : "application/pdf";
    }
}
