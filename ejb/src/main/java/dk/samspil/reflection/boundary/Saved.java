package dk.samspil.reflection.boundary;

import java.time.LocalDateTime;

/** What a save did: the new version to send with the next save, and whether the sanitiser removed something. */
public record Saved(long version, boolean cleaned, LocalDateTime savedAt) {
}
