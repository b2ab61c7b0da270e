package dk.samspil.story.entity;

/**
 * A named partner organisation's answer: asked when the author publishes (and again after the story
 * changes), then given or refused; a consent given may be withdrawn later.
 */
public enum ConsentStatus {
    ASKED, GIVEN, REFUSED, WITHDRAWN
}
