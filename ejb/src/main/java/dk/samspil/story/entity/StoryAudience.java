package dk.samspil.story.entity;

/** Whom the author publishes a story to: the people of its course, everyone logged in, or the public catalogue site. */
public enum StoryAudience {
    COHORT, USERS, PUBLIC
}
