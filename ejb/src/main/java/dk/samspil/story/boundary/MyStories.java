package dk.samspil.story.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;
import dk.samspil.catalog.boundary.ChoiceLists;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Municipality;
import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.Role;
import dk.samspil.reflection.entity.Reflection;
import dk.samspil.reflection.entity.ReflectionStatus;
import dk.samspil.reflection.entity.ReflectionText;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LikePattern;
import dk.samspil.shared.LocalizedText;
import dk.samspil.story.control.PictureEncoder;
import dk.samspil.story.control.StoryMails;
import dk.samspil.story.entity.ConsentStatus;
import dk.samspil.story.entity.PracticeStory;
import dk.samspil.story.entity.StoryAudience;
import dk.samspil.story.entity.StoryPicture;
import dk.samspil.story.entity.StoryRefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A participant writes practice stories about courses they took part in (seated or completed),
 * from a submitted reflection or from scratch, adds pictures, publishes to an audience and takes a
 * story back. Every story is found among the caller's own; another's is "not found".
 */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class MyStories {

    /** The largest picture file taken, before it is re-encoded. */
    public static final int PICTURE_MAX_BYTES = PictureEncoder.MAX_BYTES;
    /** How many organisations a search for partners offers at a time. */
    public static final int PARTNER_CHOICES_MAX = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ChoiceLists choices;

    @Inject
    StoryMails mails;

    @Inject
    StoryQueries queries;

    /** The caller's stories, latest changed first, each with its consents counted, in one statement. */
    public List<MyStoryRow> mine(Locale locale) {
        return em.createQuery("""
                        SELECT s.id, s.title, c.title.da, c.title.en, s.audience, s.hidden, s.updatedAt,\s""" + StoryQueries.CONSENT_COUNTS
                        + """
                         FROM PracticeStory s JOIN s.course c WHERE s.author.email = :me
                        ORDER BY s.updatedAt DESC, s.id DESC""", Object[].class)
                .setParameter("given", ConsentStatus.GIVEN)
                .setParameter("me", callers.myEmail())
                .getResultStream()
                .map(row -> new MyStoryRow((Long) row[0], (String) row[1],
                        LocalizedText.pick((String) row[2], (String) row[3], locale),
                        PracticeStory.State.of((StoryAudience) row[4], (Boolean) row[5], (Long) row[7], (Long) row[8]),
                        (StoryAudience) row[4], (Long) row[7], (Long) row[8], (LocalDateTime) row[6]))
                .toList();
    }

    /** The form's choices: the courses the caller sat on, and every theme and municipality. */
    public StoryOptions options(Locale locale) {
        List<Option> courses = em.createQuery("""
                        SELECT c FROM Enrolment e JOIN e.course c
                        WHERE e.participant.email = :me AND e.status IN :seated ORDER BY c.period.startsOn DESC""", Course.class)
                .setParameter("me", callers.myEmail())
                .setParameter("seated", EnrolmentStatus.SEATED)
                .getResultStream().map(course -> new Option(course.getCode(), course.getTitle().in(locale))).toList();
        return new StoryOptions(courses, choices.themes(locale), choices.municipalities());
    }

    /**
     * The partner organisations to choose among (id as code), by name: those already named, and those
     * whose name holds {@code words} or, without words, those that took part in a course the caller
     * sat on; at most {@link #PARTNER_CHOICES_MAX} besides the named (of which a form sends no more than
     * twice the most a story may name).
     */
    public List<Option> partnerChoices(String words, List<Long> named) {
        TypedQuery<PartnerOrganisation> found = words == null || words.isBlank()
                ? em.createQuery("""
                        SELECT DISTINCT p FROM CoursePartner l JOIN l.partner p, Enrolment e
                        WHERE e.course = l.course AND e.participant.email = :me AND e.status IN :seated ORDER BY p.name""",
                        PartnerOrganisation.class)
                .setParameter("me", callers.myEmail())
                .setParameter("seated", EnrolmentStatus.SEATED)
                : em.createQuery("SELECT p FROM PartnerOrganisation p WHERE p.name LIKE :words" + LikePattern.ESCAPE
                        + " ORDER BY p.name", PartnerOrganisation.class)
                .setParameter("words", LikePattern.containing(words.strip()));
        Map<Long, PartnerOrganisation> choices = new HashMap<>();
        found.setMaxResults(PARTNER_CHOICES_MAX).getResultStream().forEach(partner -> choices.put(partner.getId(), partner));
        if (!named.isEmpty()) {
            em.createQuery("SELECT p FROM PartnerOrganisation p WHERE p.id IN :named", PartnerOrganisation.class)
                    .setParameter("named", named.stream().limit(2L * PracticeStory.PARTNERS_MAX).toList())
                    .getResultStream().forEach(partner -> choices.put(partner.getId(), partner));
        }
        return choices.values().stream()
                .sorted(Comparator.comparing(PartnerOrganisation::getName))
                .map(partner -> new Option(partner.getId().toString(), partner.getName()))
                .toList();
    }

    /** A new story's form, filled in from the caller's submitted reflection on a module when {@code moduleId} is given. */
    public StoryInput start(Long moduleId, Locale locale) {
        Account me = callers.meWithInstitution();
        String municipality = me.getInstitution() == null ? null : me.getInstitution().getMunicipality().getCode();
        if (moduleId == null) {
            return new StoryInput(null, null, null, null, municipality, null, List.of(), null, null);
        }
        Reflection reflection = em.createQuery("""
                        SELECT r FROM Reflection r WHERE r.module.id = :module AND r.author = :me AND r.status = :submitted""",
                        Reflection.class)
                .setParameter("module", moduleId)
                .setParameter("me", me)
                .setParameter("submitted", ReflectionStatus.SUBMITTED)
                .getResultStream().findFirst()
                .orElseThrow(() -> new StoryNotFoundException(moduleId));
        Course course = reflection.getModule().getCourse();
        String text = ReflectionText.clean(reflection.getPublishedBody()).plain();
        String learned = text.length() > PracticeStory.TEXT_MAX ? text.substring(0, PracticeStory.TEXT_MAX) : text;
        return new StoryInput(course.getCode(), reflection.getId(), reflection.getModule().getTitle().in(locale),
                course.getTheme().getCode(), municipality != null ? municipality : course.getMunicipality().getCode(), null,
                List.of(), null, learned);
    }

    public StoryEditing editing(long id, Locale locale) {
        PracticeStory story = mine(id);
        StoryInput input = new StoryInput(story.getCourse().getCode(),
                story.getReflection() == null ? null : story.getReflection().getId(), story.getTitle(),
                story.getTheme().getCode(), story.getMunicipality().getCode(), story.getAgeGroup(),
                story.partners().stream().map(PartnerOrganisation::getId).toList(), story.getDid(), story.getLearned());
        return new StoryEditing(story.getId(), input, story.state(), story.getAudience(), queries.consents(story),
                queries.pictures(id), queries.moderation(id));
    }

    /** A new draft; nobody is asked anything until the author publishes it. */
    public long create(StoryInput input) {
        Account me = callers.meWithInstitution();
        Course course = em.createQuery("""
                        SELECT c FROM Enrolment e JOIN e.course c
                        WHERE c.code = :code AND e.participant = :me AND e.status IN :seated""", Course.class)
                .setParameter("code", input.courseCode())
                .setParameter("me", me)
                .setParameter("seated", EnrolmentStatus.SEATED)
                .getResultStream().findFirst()
                .orElseThrow(() -> new StoryRefusedException("course", "story.course.not-yours"));
        Reflection reflection = input.reflectionId() == null ? null : em.createQuery("""
                        SELECT r FROM Reflection r WHERE r.id = :id AND r.author = :me""", Reflection.class)
                .setParameter("id", input.reflectionId())
                .setParameter("me", me)
                .getResultStream().findFirst()
                .orElse(null);
        PracticeStory story = new PracticeStory(me, course, reflection, me.getInstitution(), telling(input), DanishTime.now());
        em.persist(story);
        em.flush();
        return story.getId();
    }

    /** Rewrites the story; a published one asks its organisations again when its words or partners change. */
    public void update(long id, StoryInput input) {
        PracticeStory story = mine(id);
        mails.askConsent(story, story.tell(telling(input), DanishTime.now()));
    }

    public void publish(long id, StoryAudience audience) {
        PracticeStory story = mine(id);
        mails.askConsent(story, story.publish(audience, DanishTime.now()));
    }

    /** Takes the story back from every audience at once. */
    public void revoke(long id) {
        mine(id).revoke();
    }

    /** Deletes the story with its pictures, consents and moderation log. */
    public void delete(long id) {
        em.remove(mine(id));
    }

    /** Adds a picture, re-encoded without its metadata; at most {@link PracticeStory#PICTURES_MAX} a story. */
    public long addPicture(long id, byte[] upload, String alt) {
        PracticeStory story = mine(id);
        if (queries.pictures(id).size() >= PracticeStory.PICTURES_MAX) {
            throw new StoryRefusedException("picture", "story.picture.too-many", PracticeStory.PICTURES_MAX);
        }
        StoryPicture picture = new StoryPicture(story, PictureEncoder.encode(upload), alt, DanishTime.now());
        em.persist(picture);
        em.flush();
        return picture.getId();
    }

    public void removePicture(long id, long pictureId) {
        mine(id);
        int removed = em.createQuery("DELETE FROM StoryPicture p WHERE p.id = :picture AND p.story.id = :story")
                .setParameter("picture", pictureId)
                .setParameter("story", id)
                .executeUpdate();
        if (removed == 0) {
            throw new StoryNotFoundException(pictureId);
        }
    }

    private PracticeStory mine(long id) {
        return em.createQuery("SELECT s FROM PracticeStory s WHERE s.id = :id AND s.author.email = :me", PracticeStory.class)
                .setParameter("id", id)
                .setParameter("me", callers.myEmail())
                .getResultStream().findFirst()
                .orElseThrow(() -> new StoryNotFoundException(id));
    }

    private PracticeStory.Telling telling(StoryInput input) {
        Theme theme = em.createQuery("SELECT t FROM Theme t WHERE t.code = :code", Theme.class)
                .setParameter("code", input.themeCode())
                .getResultStream().findFirst().orElse(null);
        Municipality municipality = em.createQuery("SELECT m FROM Municipality m WHERE m.code = :code", Municipality.class)
                .setParameter("code", input.municipalityCode())
                .getResultStream().findFirst().orElse(null);
        if (input.partnerIds().size() > PracticeStory.PARTNERS_MAX) {
            throw new StoryRefusedException("partners", "story.partners.too-many", PracticeStory.PARTNERS_MAX);
        }
        List<PartnerOrganisation> partners = input.partnerIds().isEmpty() ? List.of() : em.createQuery(
                        "SELECT p FROM PartnerOrganisation p WHERE p.id IN :ids ORDER BY p.name", PartnerOrganisation.class)
                .setParameter("ids", input.partnerIds())
                .getResultList();
        return new PracticeStory.Telling(input.title(), theme, municipality, input.ageGroup(), input.did(), input.learned(),
                partners);
    }
}
