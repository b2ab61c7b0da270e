package dk.samspil.story.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;
import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.partner.boundary.ResultPage;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.LikePattern;
import dk.samspil.shared.LocalizedText;
import dk.samspil.story.control.StoryVisibility;
import dk.samspil.story.entity.PracticeStory;
import dk.samspil.story.entity.StoryConsent;
import dk.samspil.story.entity.StoryPicture;
import dk.samspil.story.entity.StoryReader;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stories as readers find them, open to everyone: a visitor finds the public ones, someone logged
 * in also those for all users and for the cohorts they sat in. Every answer is read from the database
 * at the call, so a story revoked, refused or hidden is gone from every page and the API at once.
 */
@Stateless
@PermitAll
public class StoryCatalog {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    StoryQueries queries;

    /** One page of the stories shown to the caller, latest first, with the themes and municipalities to filter by. */
    public StoryFinding search(StorySearch search, Locale locale) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(StoryVisibility.shownTo(me().map(Account::getId).orElse(null), parameters));
        Map<String, Object> facetParameters = new HashMap<>(parameters);
        String shown = where.toString();
        if (search.text() != null) {
            where.append(" AND (s.title LIKE :text").append(LikePattern.ESCAPE).append(" OR s.did LIKE :text")
                    .append(LikePattern.ESCAPE).append(" OR s.learned LIKE :text").append(LikePattern.ESCAPE).append(')');
            parameters.put("text", LikePattern.containing(search.text()));
        }
        if (search.theme() != null) {
            where.append(" AND s.theme.code = :theme");
            parameters.put("theme", search.theme());
        }
        if (search.municipality() != null) {
            where.append(" AND s.municipality.code = :municipality");
            parameters.put("municipality", search.municipality());
        }
        long total = queries.count(where.toString(), parameters);
        List<StoryRow> rows = queries.rows(where.toString(), parameters, search.page() * StorySearch.PAGE_SIZE,
                StorySearch.PAGE_SIZE, locale);
        return new StoryFinding(new ResultPage<>(rows, total, search.page(), StorySearch.PAGE_SIZE),
                facet("SELECT DISTINCT t.code, t.name.da, t.name.en FROM PracticeStory s JOIN s.theme t WHERE " + shown + " ORDER BY t.name.da",
                        facetParameters, locale),
                facet("SELECT DISTINCT m.code, m.name, m.name FROM PracticeStory s JOIN s.municipality m WHERE " + shown + " ORDER BY m.name",
                        facetParameters, locale));
    }

    /** Up to {@code limit} stories from every run of the course (it and the runs copied from the same first run): "what came of this course". */
    public List<StoryRow> fromCourse(String courseCode, Locale locale, int limit) {
        Optional<Course> course = em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", courseCode)
                .getResultStream().findFirst();
        if (course.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = StoryVisibility.shownTo(me().map(Account::getId).orElse(null), parameters)
                + " AND c.id IN (SELECT r.id FROM Course r LEFT JOIN r.origin o WHERE r.id = :first OR o.id = :first)";
        parameters.put("first", course.get().getFirstRun().getId());
        return queries.rows(where, parameters, 0, limit, locale);
    }

    /** The story, if the caller may read it; otherwise "not found", whether it exists or not. */
    public StoryView read(long id, Locale locale) {
        Reading reading = readable(id);
        PracticeStory story = reading.story();
        boolean insider = reading.reader().author() || reading.reader().moderator() || reading.reader().namedPartner();
        Optional<StoryConsent> mine = reading.partner() == null ? Optional.empty() : story.consentOf(reading.partner());
        return new StoryView(story.getId(), story.getTitle(), story.getAuthor().getDisplayName(),
                story.getInstitution() == null ? null : story.getInstitution().getName(), story.getCourse().getCode(),
                story.getCourse().getTitle().in(locale), story.getTheme().getName().in(locale), story.getTheme().getCode(),
                story.getMunicipality().getName(), story.getMunicipality().getCode(), story.getAgeGroup(), story.getDid(),
                story.getLearned(), story.getPublishedAt(), story.getAudience(), story.state(),
                story.partners().stream().map(PartnerOrganisation::getName).toList(),
                insider ? queries.consents(story) : List.of(), queries.pictures(id),
                reading.reader().author() || reading.reader().moderator() ? queries.moderation(id) : List.of(),
                reading.reader().author(), reading.reader().moderator(), mine.map(StoryConsent::getStatus).orElse(null));
    }

    /** A picture of a story the caller may read. */
    public PictureData picture(long storyId, long pictureId) {
        readable(storyId);
        StoryPicture picture = em.createQuery("SELECT p FROM StoryPicture p WHERE p.id = :id AND p.story.id = :story",
                        StoryPicture.class)
                .setParameter("id", pictureId)
                .setParameter("story", storyId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new StoryNotFoundException(pictureId));
        return new PictureData(picture.getContent(), picture.getMediaType());
    }

    private record Reading(PracticeStory story, StoryReader reader, PartnerOrganisation partner) {
    }

    private Reading readable(long id) {
        PracticeStory story = em.find(PracticeStory.class, id);
        if (story == null) {
            throw new StoryNotFoundException(id);
        }
        Optional<Account> me = me();
        StoryReader reader = me.map(account -> readerOf(story, account)).orElse(StoryReader.VISITOR);
        if (!story.readableBy(reader)) {
            throw new StoryNotFoundException(id);
        }
        return new Reading(story, reader, me.map(Account::getPartnerOrganisation).orElse(null));
    }

    private StoryReader readerOf(PracticeStory story, Account me) {
        boolean cohort = em.createQuery("""
                        SELECT COUNT(e) FROM Enrolment e WHERE e.course = :course AND e.participant = :me AND e.status IN :seated""",
                        Long.class)
                .setParameter("course", story.getCourse())
                .setParameter("me", me)
                .setParameter("seated", EnrolmentStatus.SEATED)
                .getSingleResult() > 0;
        PartnerOrganisation partner = me.getPartnerOrganisation();
        return new StoryReader(true, story.getAuthor().getId().equals(me.getId()), cohort,
                context.isCallerInRole(Role.CONSULTANT_NAME), partner != null && story.consentOf(partner).isPresent());
    }

    /** The caller's account, or nothing for a visitor (who holds none of the roles). */
    private Optional<Account> me() {
        boolean loggedIn = Arrays.stream(Role.values()).anyMatch(role -> context.isCallerInRole(role.name()));
        return loggedIn ? Optional.of(callers.me()) : Optional.empty();
    }

    private List<Option> facet(String jpql, Map<String, Object> parameters, Locale locale) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultStream()
                .map(row -> new Option((String) row[0], LocalizedText.pick((String) row[1], (String) row[2], locale)))
                .toList();
    }
}
