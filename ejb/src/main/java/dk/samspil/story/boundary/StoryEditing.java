package dk.samspil.story.boundary;

import dk.samspil.story.entity.PracticeStory;
import dk.samspil.story.entity.PracticeStory.State;
import dk.samspil.story.entity.StoryAudience;

import java.io.Serializable;
import java.util.List;

/** The author's story as its edit page shows it: the form, where it stands, consents, pictures and the moderation log. */
public record StoryEditing(long id, StoryInput input, State state, StoryAudience audience, List<ConsentRow> consents,
                           List<PictureRow> pictures, List<ModerationRow> moderation) implements Serializable {

    public boolean isRoomForPictures() {
        return pictures.size() < PracticeStory.PICTURES_MAX;
    }
}
