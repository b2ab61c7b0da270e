package dk.samspil.people.boundary;

import java.io.Serializable;

import dk.samspil.people.entity.InstitutionKind;

import java.time.LocalDate;
import java.util.List;

/** An institution as the administrator's list shows it, with the names of its leaders and its number of staff. */
public record InstitutionRow(long id, String number, String name, InstitutionKind kind, String municipality,
                             List<String> leaders, long staff, LocalDate closedOn) implements Serializable {
}
