package dk.samspil.development.boundary;

import java.io.Serializable;

/** A choice in a list: what is sent back, and what is shown. */
public record Option(long id, String label) implements Serializable {
}
