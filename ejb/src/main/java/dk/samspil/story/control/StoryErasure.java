package dk.samspil.story.control;

import dk.samspil.people.control.PersonErased;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * When an author is erased their stories' texts are blanked by the erasure itself; here the stories
 * leave every audience and their pictures (which may show the author) are deleted.
 */
@Dependent
public class StoryErasure {

    @PersistenceContext
    EntityManager em;

    void authorErased(@Observes PersonErased erased) {
        em.createQuery("DELETE FROM StoryPicture p WHERE p.story.id IN (SELECT s.id FROM PracticeStory s WHERE s.author.id = :author)")
                .setParameter("author", erased.accountId())
                .executeUpdate();
        em.createQuery("UPDATE PracticeStory s SET s.audience = NULL, s.publishedAt = NULL WHERE s.author.id = :author")
                .setParameter("author", erased.accountId())
                .executeUpdate();
    }
}
