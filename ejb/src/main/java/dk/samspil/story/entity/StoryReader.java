package dk.samspil.story.entity;

/**
 * Who wants to read a story, as far as the rules need to know: logged in at all, its author, one of
 * its course's people (seated or completed), a consultant (who moderates), or a contact of a partner
 * organisation the story names.
 */
public record StoryReader(boolean loggedIn, boolean author, boolean cohort, boolean moderator, boolean namedPartner) {

    public static final StoryReader VISITOR = new StoryReader(false, false, false, false, false);
}
