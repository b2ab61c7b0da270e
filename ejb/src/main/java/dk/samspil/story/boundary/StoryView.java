package dk.samspil.story.boundary;

import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.story.entity.ConsentStatus;
import dk.samspil.story.entity.PracticeStory.State;
import dk.samspil.story.entity.StoryAudience;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A story as its page shows it to the caller. The consents and the moderation log only to its author,
 * the consultants and a named partner; {@code myConsent} is the calling partner's own answer.
 */
public record StoryView(long id, String title, String author, String institution, String courseCode, String course,
                        String theme, String themeCode, String municipality, String municipalityCode, AgeGroup ageGroup,
                        String did, String learned, LocalDateTime publishedAt, StoryAudience audience, State state,
                        List<String> partners, List<ConsentRow> consents, List<PictureRow> pictures,
                        List<ModerationRow> moderation, boolean mine, boolean moderator, ConsentStatus myConsent)
        implements Serializable {
}
