package dk.samspil.reflection.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

public record VersionRow(int number, LocalDateTime submittedAt) implements Serializable {
}
