package dk.samspil.catalog.boundary;

import java.io.Serializable;

/** A room as the rooms page lists it, with how many sessions have booked it. */
public record RoomRow(long id, String place, String name, String municipalityCode, String municipality,
                      Integer capacity, boolean active, long sessions) implements Serializable {
}
