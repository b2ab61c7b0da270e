package dk.samspil.reflection.boundary;

import dk.samspil.reflection.entity.Audience;
import dk.samspil.reflection.entity.ReflectionStatus;

import java.time.LocalDateTime;
import java.util.Set;

/** One of the author's reflections in "my learning". */
public record MineRow(long moduleId, String courseCode, String courseTitle, String moduleTitle,
                      ReflectionStatus status, LocalDateTime updatedAt, String excerpt, Set<Audience> audiences) {
}
