package dk.samspil.catalog.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A day of the consultants' calendar with its sessions in the order they start. */
public record CalendarDay(LocalDate day, List<CalendarEntry> sessions) implements Serializable {

    public CalendarDay {
        sessions = List.copyOf(sessions);
    }

    public boolean isFree() {
        return sessions.isEmpty();
    }
}
