package dk.samspil.development.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

public record CommentRow(String author, String body, LocalDateTime createdAt) implements Serializable {
}
