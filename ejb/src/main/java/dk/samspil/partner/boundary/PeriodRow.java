package dk.samspil.partner.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A period of an offer and how many of its places no request holds. */
public record PeriodRow(long id, LocalDate startsOn, LocalDate endsOn, int capacity, long free) implements Serializable {

    public boolean isFull() {
        return free <= 0;
    }
}
