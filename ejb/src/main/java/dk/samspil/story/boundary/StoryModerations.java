package dk.samspil.story.boundary;

import dk.samspil.partner.boundary.ResultPage;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import dk.samspil.story.control.StoryMails;
import dk.samspil.story.entity.ConsentStatus;
import dk.samspil.story.entity.PracticeStory;
import dk.samspil.story.entity.StoryAudience;
import dk.samspil.story.entity.StoryModeration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The college's consultants moderate published stories: every story published to any audience,
 * latest first, and hiding one (its author is told the reason) or showing it again, each written to
 * the story's moderation log.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class StoryModerations {

    public static final int PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    StoryMails mails;

    public ResultPage<ModerationQueueRow> published(int page, Locale locale) {
        long total = em.createQuery("SELECT COUNT(s) FROM PracticeStory s WHERE s.audience IS NOT NULL", Long.class)
                .getSingleResult();
        List<ModerationQueueRow> rows = em.createQuery("""
                        SELECT s.id, s.title, a.displayName, c.title.da, c.title.en, s.audience, s.hidden, s.publishedAt,\s"""
                        + StoryQueries.CONSENT_COUNTS + """
                         FROM PracticeStory s JOIN s.author a JOIN s.course c WHERE s.audience IS NOT NULL
                        ORDER BY s.publishedAt DESC, s.id DESC""", Object[].class)
                .setParameter("given", ConsentStatus.GIVEN)
                .setFirstResult(Math.max(page, 0) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultStream()
                .map(row -> new ModerationQueueRow((Long) row[0], (String) row[1], (String) row[2],
                        LocalizedText.pick((String) row[3], (String) row[4], locale),
                        PracticeStory.State.of((StoryAudience) row[5], (Boolean) row[6], (Long) row[8], (Long) row[9]),
                        (StoryAudience) row[5], (LocalDateTime) row[7]))
                .toList();
        return new ResultPage<>(rows, total, Math.max(page, 0), PAGE_SIZE);
    }

    /** Hides a published story from everyone but its author and the consultants; the author is mailed the reason. */
    public void hide(long storyId, String reason) {
        Account me = callers.me();
        PracticeStory story = story(storyId);
        em.persist(StoryModeration.of(story, me, StoryModeration.Action.HIDE, reason, DanishTime.now()));
        mails.hidden(story, me, reason);
    }

    public void show(long storyId, String reason) {
        em.persist(StoryModeration.of(story(storyId), callers.me(), StoryModeration.Action.SHOW, reason, DanishTime.now()));
    }

    private PracticeStory story(long id) {
        return em.createQuery("SELECT s FROM PracticeStory s WHERE s.id = :id AND s.audience IS NOT NULL", PracticeStory.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new StoryNotFoundException(id));
    }
}
