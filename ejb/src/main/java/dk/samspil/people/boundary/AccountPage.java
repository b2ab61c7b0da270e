package dk.samspil.people.boundary;

import java.util.List;

/** One page of accounts found, and how many were found in all. */
public record AccountPage(List<AccountRow> rows, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
