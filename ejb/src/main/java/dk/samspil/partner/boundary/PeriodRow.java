package dk.samspil.partner.boundary;

import dk.samspil.partner.control.OfferPlaces;
import dk.samspil.partner.entity.OfferPeriod;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A period of an offer and how many of its places no request holds. */
public record PeriodRow(long id, LocalDate startsOn, LocalDate endsOn, int capacity, long free) implements Serializable {

    /** The periods with the places their requests leave free, counted in one statement. */
    static List<PeriodRow> of(List<OfferPeriod> periods, OfferPlaces places) {
        Map<Long, Long> held = places.held(periods.stream().map(OfferPeriod::getId).toList());
        return periods.stream()
                .map(period -> new PeriodRow(period.getId(), period.getStartsOn(), period.getEndsOn(), period.getCapacity(),
                        period.getCapacity() - held.getOrDefault(period.getId(), 0L)))
                .toList();
    }

    public boolean isFull() {
        return free <= 0;
    }
}
