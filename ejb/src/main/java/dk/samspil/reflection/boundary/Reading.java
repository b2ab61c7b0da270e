package dk.samspil.reflection.boundary;

import dk.samspil.reflection.entity.Audience;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A shared reflection opened by a reader: the newest submitted version only. */
public record Reading(long id, String author, String courseCode, String courseTitle, String moduleTitle,
                      String prompts, String body, int versionNumber, LocalDateTime submittedAt, Audience through,
                      boolean canGiveFeedback, List<FeedbackRow> feedback) implements Serializable {
}
