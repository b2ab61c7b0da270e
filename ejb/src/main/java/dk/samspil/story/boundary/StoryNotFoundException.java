package dk.samspil.story.boundary;

import dk.samspil.shared.NotFoundException;

/** A story or picture that does not exist or is not the caller's to read or change: the same answer. */
public class StoryNotFoundException extends NotFoundException {

    public StoryNotFoundException(long id) {
        super("story.not-found", id);
    }
}
