package dk.samspil.story.boundary;

import dk.samspil.story.entity.StoryModeration.Action;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A line of a story's moderation log. */
public record ModerationRow(Action action, String reason, String moderator, LocalDateTime takenAt) implements Serializable {
}
