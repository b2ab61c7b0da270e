package dk.samspil.story.boundary;

import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.shared.LocalizedText;
import dk.samspil.story.entity.ConsentStatus;
import dk.samspil.story.entity.PracticeStory;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The statements the story boundaries share: a story's consents, pictures and moderation log, and rows of shown stories. */
@Dependent
public class StoryQueries {

    /**
     * Two columns on the story {@code s}: how many named organisations consented (with the parameter
     * {@code :given} set to {@link ConsentStatus#GIVEN}), and how many it names; with its audience and
     * whether it is hidden, its {@link PracticeStory.State#of state}.
     */
    static final String CONSENT_COUNTS = """
            (SELECT COUNT(k) FROM StoryConsent k WHERE k.story = s AND k.status = :given),
            (SELECT COUNT(k) FROM StoryConsent k WHERE k.story = s)""";

    /** The columns of a {@link StoryRow}, on the story {@code s}. */
    private static final String ROW = """
            SELECT s.id, s.title, a.displayName, i.name, t.name.da, t.name.en, m.name, s.ageGroup, c.title.da, c.title.en,
                   s.publishedAt, s.did
            FROM PracticeStory s JOIN s.author a LEFT JOIN s.institution i JOIN s.theme t JOIN s.municipality m JOIN s.course c
            WHERE\s""";

    @PersistenceContext
    EntityManager em;

    List<ConsentRow> consents(PracticeStory story) {
        return story.getConsents().stream()
                .map(consent -> new ConsentRow(consent.getPartner().getName(), consent.getStatus(), consent.getDecidedAt()))
                .toList();
    }

    List<PictureRow> pictures(long storyId) {
        return em.createQuery("""
                        SELECT NEW dk.samspil.story.boundary.PictureRow(p.id, p.altText, p.width, p.height)
                        FROM StoryPicture p WHERE p.story.id = :story ORDER BY p.id""", PictureRow.class)
                .setParameter("story", storyId)
                .getResultList();
    }

    List<ModerationRow> moderation(long storyId) {
        return em.createQuery("""
                        SELECT NEW dk.samspil.story.boundary.ModerationRow(l.action, l.reason, a.displayName, l.takenAt)
                        FROM StoryModeration l JOIN l.moderator a WHERE l.story.id = :story ORDER BY l.takenAt DESC, l.id DESC""",
                        ModerationRow.class)
                .setParameter("story", storyId)
                .getResultList();
    }

    /** One page of the stories meeting {@code where}, latest published first. */
    List<StoryRow> rows(String where, Map<String, Object> parameters, int first, int max, Locale locale) {
        TypedQuery<Object[]> query = em.createQuery(ROW + where + " ORDER BY s.publishedAt DESC, s.id DESC", Object[].class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultStream()
                .map(row -> new StoryRow((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        LocalizedText.pick((String) row[4], (String) row[5], locale), (String) row[6],
                        (AgeGroup) row[7], LocalizedText.pick((String) row[8], (String) row[9], locale),
                        (LocalDateTime) row[10], StoryRow.excerpt((String) row[11])))
                .toList();
    }

    long count(String where, Map<String, Object> parameters) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM PracticeStory s WHERE " + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
