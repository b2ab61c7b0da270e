package dk.samspil.story.control;

import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.story.entity.ConsentStatus;
import dk.samspil.story.entity.StoryAudience;

import java.util.Map;

/**
 * The JPQL twin of {@code PracticeStory.readableBy} for lists: the stories on the story {@code s}
 * that a visitor, or a logged-in account, finds on the public pages (not the author's own drafts, nor
 * what a consultant or a partner sees to moderate or consent).
 */
public final class StoryVisibility {

    private static final String SHOWN = """
            s.audience IS NOT NULL AND s.hidden = FALSE
            AND NOT EXISTS (SELECT c FROM StoryConsent c WHERE c.story = s AND c.status <> :given)""";

    private StoryVisibility() {
    }

    /** The condition; {@code accountId} null for a visitor. Puts its parameters into {@code parameters}. */
    public static String shownTo(Long accountId, Map<String, Object> parameters) {
        parameters.put("given", ConsentStatus.GIVEN);
        parameters.put("public", StoryAudience.PUBLIC);
        if (accountId == null) {
            return SHOWN + " AND s.audience = :public";
        }
        parameters.put("users", StoryAudience.USERS);
        parameters.put("cohort", StoryAudience.COHORT);
        parameters.put("reader", accountId);
        parameters.put("seated", EnrolmentStatus.SEATED);
        return SHOWN + """
                 AND (s.audience IN (:public, :users) OR s.audience = :cohort AND EXISTS (SELECT e FROM Enrolment e
                 WHERE e.course = s.course AND e.participant.id = :reader AND e.status IN :seated))""";
    }
}
