package dk.samspil.story.boundary;

import java.io.Serializable;

/** What a reader looks for among the stories; a null or blank filter matches everything. */
public record StorySearch(String text, String theme, String municipality, int page) implements Serializable {

    public static final int PAGE_SIZE = 20;
    public static final int TEXT_MAX = 100;

    public StorySearch {
        text = text == null || text.isBlank() ? null : text.strip();
        theme = theme == null || theme.isBlank() ? null : theme;
        municipality = municipality == null || municipality.isBlank() ? null : municipality;
        page = Math.max(page, 0);
    }
}
