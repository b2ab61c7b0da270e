package dk.samspil.catalog.boundary;

import java.util.List;

/** One page of catalogue results and how many courses matched in all. */
public record CatalogPage(List<CourseRow> rows, long total, int page, int pageSize) {

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
