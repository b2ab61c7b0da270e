package dk.samspil.followup.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the follow-ups on a leader's staff (all, or only those waiting for a leader's answer),
 * and how many there are.
 */
public record StaffFollowUpPage(List<StaffFollowUp> rows, long total, int page, int pageSize, boolean waiting)
        implements Serializable {

    public long pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
