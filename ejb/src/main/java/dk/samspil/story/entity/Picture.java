package dk.samspil.story.entity;

/** A picture as the server re-encoded it: its bytes, their media type and its size in pixels. */
public record Picture(byte[] bytes, String mediaType, int width, int height) {
}
