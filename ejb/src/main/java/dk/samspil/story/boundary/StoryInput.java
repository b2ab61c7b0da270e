package dk.samspil.story.boundary;

import dk.samspil.partner.entity.AgeGroup;

import java.io.Serializable;
import java.util.List;

/** The story form: its course (by code), the reflection it came from (or null), and what the author tells. */
public record StoryInput(String courseCode, Long reflectionId, String title, String themeCode, String municipalityCode,
                         AgeGroup ageGroup, List<Long> partnerIds, String did, String learned) implements Serializable {

    public StoryInput {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }
}
