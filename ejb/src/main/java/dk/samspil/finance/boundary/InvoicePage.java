package dk.samspil.finance.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of issued documents, and how many were found in all. */
public record InvoicePage(List<InvoiceRow> rows, long total, int page, int pageSize) implements Serializable {

    public InvoicePage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
