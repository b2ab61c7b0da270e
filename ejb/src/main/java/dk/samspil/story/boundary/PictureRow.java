package dk.samspil.story.boundary;

import java.io.Serializable;

/** A story's picture as a page links to it: its id, the text describing it and its size. */
public record PictureRow(long id, String alt, int width, int height) implements Serializable {
}
