package dk.samspil.story.boundary;

import dk.samspil.partner.entity.AgeGroup;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A shown story in a list (the search, a course page): who told it where, and its first picture if any. */
public record StoryRow(long id, String title, String author, String institution, String theme, String municipality,
                       AgeGroup ageGroup, String course, LocalDateTime publishedAt, String excerpt) implements Serializable {

    public static final int EXCERPT_MAX = 240;

    /** The start of a text, cut at a word. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT_MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_MAX);
        return text.substring(0, cut > 0 ? cut : EXCERPT_MAX) + " …";
    }
}
