package dk.samspil.finance.boundary;

/** A file to download: its name, its media type and its bytes. */
public record InvoiceFile(String name, String contentType, byte[] content) {

    public InvoiceFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
