package dk.samspil.people.boundary;

import java.io.Serializable;

/** Where a participant works as confirmed by a leader, and the institution they asked to join, if any. */
public record Workplace(String confirmed, String confirmedMunicipality, String requested) implements Serializable {
}
