package dk.samspil.reflection.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

public record FeedbackRow(String author, String body, LocalDateTime createdAt) implements Serializable {
}
