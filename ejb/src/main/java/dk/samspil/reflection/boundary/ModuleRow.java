package dk.samspil.reflection.boundary;

import dk.samspil.reflection.entity.Audience;
import dk.samspil.reflection.entity.ReflectionStatus;

import java.time.LocalDateTime;
import java.util.Set;

/** A module of a course the participant is seated on, with their own reflection's state (null: not begun). */
public record ModuleRow(long moduleId, int position, String title, boolean required, ReflectionStatus status,
                        LocalDateTime updatedAt, Set<Audience> audiences) {
}
