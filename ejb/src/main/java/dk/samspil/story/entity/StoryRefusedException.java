package dk.samspil.story.entity;

import dk.samspil.shared.FieldRefusedException;

/** A story, picture, consent or moderation the rules refuse; the field names the form field it belongs next to, if any. */
public class StoryRefusedException extends FieldRefusedException {

    public StoryRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
