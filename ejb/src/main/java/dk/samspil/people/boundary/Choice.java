package dk.samspil.people.boundary;

import java.io.Serializable;

/** Something a form offers to choose: its id and what the person reads. */
public record Choice(long id, String label) implements Serializable {
}
