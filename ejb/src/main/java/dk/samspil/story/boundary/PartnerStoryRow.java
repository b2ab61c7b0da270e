package dk.samspil.story.boundary;

import dk.samspil.story.entity.ConsentStatus;
import dk.samspil.story.entity.StoryAudience;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A story naming the partner's organisation, and the organisation's answer. */
public record PartnerStoryRow(long id, String title, String author, String course, ConsentStatus status,
                              StoryAudience audience, LocalDateTime updatedAt) implements Serializable {

    public boolean isAsked() {
        return status == ConsentStatus.ASKED && audience != null;
    }

    public boolean isGiven() {
        return status == ConsentStatus.GIVEN;
    }
}
