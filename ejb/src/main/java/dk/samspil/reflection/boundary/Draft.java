package dk.samspil.reflection.boundary;

import dk.samspil.reflection.entity.Audience;
import dk.samspil.reflection.entity.ReflectionStatus;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Everything the author's writing page shows. {@code reflectionId} is null before the first save;
 * {@code writable} is false once the author has left the course (their shares can still be revoked).
 */
public record Draft(long moduleId, String courseCode, String courseTitle, String moduleTitle, String prompts,
                    boolean required, boolean writable, Long reflectionId, String body, ReflectionStatus status, long version,
                    Set<Audience> audiences, List<VersionRow> versions, List<ReadRow> reads,
                    List<FeedbackRow> feedback) implements Serializable {
}
