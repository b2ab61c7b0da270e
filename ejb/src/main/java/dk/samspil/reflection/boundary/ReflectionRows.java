package dk.samspil.reflection.boundary;

import java.io.Serializable;

import dk.samspil.reflection.entity.Audience;
import dk.samspil.reflection.entity.ReflectionStatus;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The rows the reflection pages show; none of them carries an entity. */
public final class ReflectionRows {

    private ReflectionRows() {
    }

    /** A module of a course the participant is seated on, with their own reflection's state (null: not begun). */
    public record ModuleRow(long moduleId, int position, String title, boolean required, ReflectionStatus status,
                            LocalDateTime updatedAt, Set<Audience> audiences) {
    }

    public record CourseModules(String courseCode, String courseTitle, List<ModuleRow> modules) {
    }

    /**
     * Everything the author's writing page shows. {@code reflectionId} is null before the first save;
     * {@code writable} is false once the author has left the course (their shares can still be revoked).
     */
    public record Draft(long moduleId, String courseCode, String courseTitle, String moduleTitle, String prompts,
                        boolean required, boolean writable, Long reflectionId, String body, ReflectionStatus status, long version,
                        Set<Audience> audiences, List<VersionRow> versions, List<ReadRow> reads,
                        List<FeedbackRow> feedback) implements Serializable {
    }

    public record VersionRow(int number, LocalDateTime submittedAt) implements Serializable {
    }

    public record ReadRow(String reader, Audience audience, LocalDateTime readAt) implements Serializable {
    }

    public record FeedbackRow(String author, String body, LocalDateTime createdAt) implements Serializable {
    }

    /** What a save did: the new version to send with the next save, and whether the sanitiser removed something. */
    public record Saved(long version, boolean cleaned, LocalDateTime savedAt) {
    }

    /** One of the author's reflections in "my learning". */
    public record MineRow(long moduleId, String courseCode, String courseTitle, String moduleTitle,
                          ReflectionStatus status, LocalDateTime updatedAt, String excerpt, Set<Audience> audiences) {
    }

    /** A reflection shared with the caller, as listed before it is opened (opening it is what is logged). */
    public record SharedRow(long id, String author, String courseCode, String courseTitle, String moduleTitle,
                            LocalDateTime submittedAt) {
    }

    /** A shared reflection opened by a reader: the newest submitted version only. */
    public record Reading(long id, String author, String courseCode, String courseTitle, String moduleTitle,
                          String prompts, String body, int versionNumber, LocalDateTime submittedAt, Audience through,
                          boolean canGiveFeedback, List<FeedbackRow> feedback) implements Serializable {
    }
}
