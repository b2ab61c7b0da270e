package dk.samspil.reflection.boundary;

import java.time.LocalDateTime;

/** A reflection shared with the caller, as listed before it is opened (opening it is what is logged). */
public record SharedRow(long id, String author, String courseCode, String courseTitle, String moduleTitle,
                        LocalDateTime submittedAt) {
}
