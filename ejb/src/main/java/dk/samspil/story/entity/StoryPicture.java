package dk.samspil.story.entity;

import dk.samspil.shared.PersonalData;
import dk.samspil.shared.PersonalData.Kind;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/**
 * A picture in a story, as the server re-encoded it (JPEG or PNG, no metadata), with the text that
 * describes it to someone who cannot see it. Lists read its columns but the content.
 */
@Entity
@Table(name = "story_picture")
public class StoryPicture {

    public static final int ALT_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id", nullable = false, updatable = false)
    private PracticeStory story;

    @NotNull
    @Column(name = "media_type", nullable = false, length = 10, updatable = false)
    private String mediaType;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @NotNull
    @Size(min = 1, max = ALT_MAX)
    @Column(name = "alt_text", nullable = false, length = ALT_MAX)
    @PersonalData(Kind.CONTENT)
    private String altText;

    @NotNull
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    @PersonalData(Kind.CONTENT)
    private byte[] content;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    protected StoryPicture() {
    }

    public StoryPicture(PracticeStory story, Picture picture, String altText, LocalDateTime now) {
        if (altText == null || altText.isBlank()) {
            throw new StoryRefusedException("alt", "story.picture.alt-required");
        }
        if (altText.strip().length() > ALT_MAX) {
            throw new StoryRefusedException("alt", "story.too-long", ALT_MAX);
        }
        this.story = story;
        this.mediaType = picture.mediaType();
        this.width = picture.width();
        this.height = picture.height();
        this.content = picture.bytes();
        this.altText = altText.strip();
        this.addedAt = now;
    }

    public Long getId() {
        return id;
    }

    public PracticeStory getStory() {
        return story;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }
}
