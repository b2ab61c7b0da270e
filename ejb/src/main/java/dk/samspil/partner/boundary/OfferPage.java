package dk.samspil.partner.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of offers found and how many were found in all. */
public record OfferPage(List<OfferRow> rows, long total, int page, int pageSize) implements Serializable {

    public int pageCount() {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
