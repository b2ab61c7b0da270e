package dk.samspil.reflection.boundary;

import dk.samspil.reflection.entity.Audience;

import java.io.Serializable;
import java.time.LocalDateTime;

public record ReadRow(String reader, Audience audience, LocalDateTime readAt) implements Serializable {
}
