package dk.samspil.story.boundary;

/** A picture's bytes as stored (re-encoded, no metadata) and their media type. */
public record PictureData(byte[] bytes, String mediaType) {
}
