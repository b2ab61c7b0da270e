package dk.samspil.story.boundary;

import dk.samspil.story.entity.PracticeStory.State;
import dk.samspil.story.entity.StoryAudience;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One of the author's stories in their list: where it stands and how many named organisations have consented. */
public record MyStoryRow(long id, String title, String course, State state, StoryAudience audience, long consented,
                         long named, LocalDateTime updatedAt) implements Serializable {
}
