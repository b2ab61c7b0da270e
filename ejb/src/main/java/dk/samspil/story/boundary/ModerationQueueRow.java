package dk.samspil.story.boundary;

import dk.samspil.story.entity.PracticeStory.State;
import dk.samspil.story.entity.StoryAudience;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A published story in the consultants' list: shown, awaiting consent or hidden. */
public record ModerationQueueRow(long id, String title, String author, String course, State state, StoryAudience audience,
                                 LocalDateTime publishedAt) implements Serializable {
}
