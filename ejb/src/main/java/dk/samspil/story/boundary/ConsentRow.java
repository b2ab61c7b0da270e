package dk.samspil.story.boundary;

import dk.samspil.story.entity.ConsentStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A named organisation and its answer. */
public record ConsentRow(String partner, ConsentStatus status, LocalDateTime decidedAt) implements Serializable {
}
