package dk.samspil.partner.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of rows (offers found, requests) and how many there are in all; page numbers start at 0. */
public record ResultPage<T extends Serializable>(List<T> rows, long total, int page, int pageSize) implements Serializable {

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
