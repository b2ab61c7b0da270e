package dk.samspil.story.entity;

import dk.samspil.people.entity.Account;
import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** One line of the moderation log: a consultant hid a story or showed it again, and why. */
@Entity
@Table(name = "story_moderation")
public class StoryModeration {

    public static final int REASON_MAX = 500;

    public enum Action {
        HIDE, SHOW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id", nullable = false, updatable = false)
    private PracticeStory story;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "moderator_id", nullable = false, updatable = false)
    @PersonalData(Kind.PERSON)
    private Account moderator;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4, updatable = false)
    private Action action;

    @NotNull
    @Size(min = 1, max = REASON_MAX)
    @Column(nullable = false, length = REASON_MAX, updatable = false)
    @PersonalData(Kind.CONTENT)
    private String reason;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private LocalDateTime takenAt;

    protected StoryModeration() {
    }

    /** Hides or shows the story and writes the line; a reason is required either way. */
    public static StoryModeration of(PracticeStory story, Account moderator, Action action, String reason, LocalDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw new StoryRefusedException("reason", "story.moderation.reason-required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new StoryRefusedException("reason", "story.too-long", REASON_MAX);
        }
        if (action == Action.HIDE) {
            story.hide();
        } else {
            story.show();
        }
        StoryModeration line = new StoryModeration();
        line.story = story;
        line.moderator = moderator;
        line.action = action;
        line.reason = reason.strip();
        line.takenAt = now;
        return line;
    }

    public Long getId() {
        return id;
    }

    public Account getModerator() {
        return moderator;
    }

    public Action getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }
}
