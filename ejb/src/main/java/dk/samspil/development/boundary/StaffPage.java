package dk.samspil.development.boundary;


import java.util.List;

/** One page of the staff table, the number of matching staff, the institutions to filter by, and the charts. */
public record StaffPage(List<StaffRow> rows, long total, int page, int pageSize, List<Option> institutions,
                        StaffCharts charts) {

    public long pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
