package dk.samspil.story.boundary;

import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import dk.samspil.story.control.StoryMails;
import dk.samspil.story.entity.ConsentStatus;
import dk.samspil.story.entity.PracticeStory;
import dk.samspil.story.entity.StoryAudience;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A partner's contact sees the stories that name their organisation (once published, or once it
 * consented) and answers for it: consent, refuse, or withdraw a consent given. Any other story is
 * "not found".
 */
@Stateless
@RolesAllowed(Role.PARTNER_NAME)
public class PartnerStories {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    StoryMails mails;

    /** Asked first, then the rest, latest changed first. */
    public List<PartnerStoryRow> naming(Locale locale) {
        PartnerOrganisation partner = myOrganisation(callers.me());
        return em.createQuery("""
                        SELECT s.id, s.title, a.displayName, c.title.da, c.title.en, k.status, s.audience, s.updatedAt
                        FROM StoryConsent k JOIN k.story s JOIN s.author a JOIN s.course c
                        WHERE k.partner = :partner AND (s.audience IS NOT NULL OR k.status = :given)
                        ORDER BY CASE WHEN k.status = :asked THEN 0 ELSE 1 END, s.updatedAt DESC, s.id DESC""", Object[].class)
                .setParameter("partner", partner)
                .setParameter("given", ConsentStatus.GIVEN)
                .setParameter("asked", ConsentStatus.ASKED)
                .getResultStream()
                .map(row -> new PartnerStoryRow((Long) row[0], (String) row[1], (String) row[2],
                        LocalizedText.pick((String) row[3], (String) row[4], locale), (ConsentStatus) row[5],
                        (StoryAudience) row[6], (LocalDateTime) row[7]))
                .toList();
    }

    public void consent(long storyId) {
        Account me = callers.me();
        PartnerOrganisation partner = myOrganisation(me);
        naming(storyId, partner).consent(partner, me, DanishTime.now());
    }

    /** Refuses a story asked about, or withdraws a consent given; either way the story is unpublished and its author told. */
    public void refuse(long storyId) {
        Account me = callers.me();
        PartnerOrganisation partner = myOrganisation(me);
        PracticeStory story = naming(storyId, partner);
        story.refuse(partner, me, DanishTime.now());
        mails.refused(story, partner);
    }

    private PracticeStory naming(long storyId, PartnerOrganisation partner) {
        return em.createQuery("""
                        SELECT s FROM StoryConsent k JOIN k.story s WHERE s.id = :id AND k.partner = :partner""", PracticeStory.class)
                .setParameter("id", storyId)
                .setParameter("partner", partner)
                .getResultStream().findFirst()
                .orElseThrow(() -> new StoryNotFoundException(storyId));
    }

    private static PartnerOrganisation myOrganisation(Account me) {
        if (me.getPartnerOrganisation() == null) {
            throw new StoryNotFoundException(0);
        }
        return me.getPartnerOrganisation();
    }
}
