package dk.samspil.reflection.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseModule;
import dk.samspil.enrolment.control.Completions;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.reflection.control.Readers;
import dk.samspil.reflection.control.ReflectionExport;
import dk.samspil.reflection.entity.Audience;
import dk.samspil.reflection.entity.Reflection;
import dk.samspil.reflection.entity.ReflectionRefusedException;
import dk.samspil.reflection.entity.ReflectionText;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.samspil.reflection.boundary.ReflectionQueries.BATCH;
import static dk.samspil.reflection.boundary.ReflectionQueries.BATCH_TYPE;

/**
 * A participant's own reflections: on each module of a course they are seated on, written, saved
 * (automatically and on request), submitted, shared and unshared; and all of them across courses.
 * Everything is found from the caller's principal; a module of a course they are not seated on is
 * "not found".
 */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class MyReflections {

    private static final int EXCERPT = 200;
    private static final int SEARCH_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Readers readers;

    @Inject
    Completions completions;

    @Inject
    CourseLock courseLock;

    /** The modules of a course the caller is seated on, each with the state of their reflection. */
    public CourseModules findForCourse(String courseCode, Locale locale) {
        Account me = callers.me();
        Course course = em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", courseCode)
                .getResultStream().findFirst()
                .filter(c -> readers.isSeated(me, c))
                .orElseThrow(ReflectionNotFoundException::new);
        Map<Long, Reflection> mine = em.createQuery(
                        "SELECT r FROM Reflection r WHERE r.author = :me AND r.module.course = :course", Reflection.class)
                .setHint(BATCH, "r.audiences")
                .setHint(BATCH_TYPE, "IN")
                .setParameter("me", me)
                .setParameter("course", course)
                .getResultStream()
                .collect(Collectors.toMap(r -> r.getModule().getId(), Function.identity()));
        List<ModuleRow> modules = course.getModules().stream()
                .sorted(Comparator.comparingInt(CourseModule::getPosition))
                .map(m -> {
                    Reflection r = mine.get(m.getId());
                    return new ModuleRow(m.getId(), m.getPosition(), m.getTitle().in(locale), m.isReflectionRequired(),
                            r == null ? null : r.getStatus(), r == null ? null : r.getUpdatedAt(),
                            r == null ? Set.of() : r.getAudiences());
                })
                .toList();
        return new CourseModules(course.getCode(), course.getTitle().in(locale), modules);
    }

    /**
     * The writing page of one module: prompts, the working text, versions, shares, reads and feedback.
     * Someone who has left the course still sees their own reflection (to revoke shares), but no longer writes.
     */
    public Draft open(long moduleId, Locale locale) {
        Account me = callers.me();
        CourseModule module = Optional.ofNullable(em.find(CourseModule.class, moduleId))
                .orElseThrow(ReflectionNotFoundException::new);
        boolean seated = readers.isSeated(me, module.getCourse());
        Optional<Reflection> reflection = find(me, module);
        if (!seated && reflection.isEmpty()) {
            throw new ReflectionNotFoundException();
        }
        Course course = module.getCourse();
        String prompts = module.getReflectionPrompts() == null ? null : module.getReflectionPrompts().in(locale);
        if (reflection.isEmpty()) {
            return new Draft(moduleId, course.getCode(), course.getTitle().in(locale), module.getTitle().in(locale),
                    prompts, module.isReflectionRequired(), true, null, "", null, -1, Set.of(), List.of(), List.of(),
                    List.of());
        }
        Reflection r = reflection.get();
        List<ReadRow> reads = em.createQuery("""
                        SELECT rr.reader.displayName, rr.audience, rr.readAt FROM ReflectionRead rr
                        WHERE rr.reflection = :r ORDER BY rr.readAt DESC""", Object[].class)
                .setParameter("r", r)
                .getResultStream()
                .map(row -> new ReadRow((String) row[0], (Audience) row[1], (LocalDateTime) row[2]))
                .toList();
        return new Draft(moduleId, course.getCode(), course.getTitle().in(locale), module.getTitle().in(locale), prompts,
                module.isReflectionRequired(), seated, r.getId(), ReflectionText.clean(r.getBody()).html(), r.getStatus(),
                r.getVersion(), r.getAudiences(), r.getVersions().stream().map(v -> new VersionRow(v.getNumber(), v.getSubmittedAt())).toList(),
                reads, feedbackOn(em, r));
    }

    /**
     * Saves the working text (the first save creates the reflection). {@code version} is the one the
     * page last saw: when the text was saved elsewhere since (another tab), nothing is overwritten.
     */
    public Saved save(long moduleId, String html, long version) {
        Reflection reflection = writable(moduleId, version);
        boolean cleaned = reflection.write(html, DanishTime.now());
        em.flush();
        return new Saved(reflection.getVersion(), cleaned, reflection.getUpdatedAt());
    }

    /**
     * Saves and submits the text as the next version; completing the course may follow from it, so
     * the course is locked first, as for every change to its enrolments.
     */
    public Saved submit(long moduleId, String html, long version) {
        courseLock.lock(em.createQuery("SELECT m.course.code FROM CourseModule m WHERE m.id = :id", String.class)
                .setParameter("id", moduleId)
                .getResultStream().findFirst()
                .orElseThrow(ReflectionNotFoundException::new));
        Reflection reflection = writable(moduleId, version);
        boolean cleaned = reflection.write(html, DanishTime.now());
        reflection.submit(DanishTime.now());
        em.flush();
        completions.completeWhereMet(reflection.getModule().getCourse());
        return new Saved(reflection.getVersion(), cleaned, reflection.getUpdatedAt());
    }

    /** Shares with one more audience; only while the caller is on the course. */
    public void share(long moduleId, Audience audience) {
        Account me = callers.me();
        find(me, seatedModule(me, moduleId)).orElseThrow(ReflectionNotFoundException::new).share(audience);
    }

    /** Ends the audience's access at once: the next read is refused. */
    public void revoke(long moduleId, Audience audience) {
        own(moduleId).revoke(audience);
    }

    /** All the caller's reflections across courses, newest first; {@code search} matches words in titles or text. */
    public List<MineRow> findMine(String search, Locale locale) {
        String words = search == null ? "" : search.strip().toLowerCase(locale);
        if (words.length() > SEARCH_MAX) {
            throw new ReflectionRefusedException("search", "reflection.mine.search-too-long", SEARCH_MAX);
        }
        return em.createQuery("""
                        SELECT r FROM Reflection r JOIN FETCH r.module m JOIN FETCH m.course
                        WHERE r.author = :me ORDER BY r.updatedAt DESC""", Reflection.class)
                .setHint(BATCH, "r.audiences")
                .setHint(BATCH_TYPE, "IN")
                .setParameter("me", callers.me())
                .getResultStream()
                .filter(r -> words.isEmpty() || searchable(r, locale).contains(words))
                .map(r -> {
                    String plain = ReflectionText.clean(r.getBody()).plain();
                    return new MineRow(r.getModule().getId(), r.getModule().getCourse().getCode(),
                            r.getModule().getCourse().getTitle().in(locale), r.getModule().getTitle().in(locale),
                            r.getStatus(), r.getUpdatedAt(),
                            plain.length() > EXCERPT ? plain.substring(0, EXCERPT) + "…" : plain, r.getAudiences());
                })
                .toList();
    }

    /** Every reflection of the caller as one HTML document to keep (see {@link ReflectionExport}). */
    public String export(Locale locale) {
        Account me = callers.me();
        return ReflectionExport.html(me.getDisplayName(), em.createQuery("""
                        SELECT r FROM Reflection r JOIN FETCH r.module m JOIN FETCH m.course c
                        WHERE r.author = :me ORDER BY c.code, m.position""", Reflection.class)
                .setParameter("me", me)
                .getResultList(), locale);
    }

    private static String searchable(Reflection r, Locale locale) {
        return (r.getModule().getCourse().getTitle().in(locale) + " " + r.getModule().getTitle().in(locale) + " "
                + ReflectionText.clean(r.getBody()).plain()).toLowerCase(locale);
    }

    static List<FeedbackRow> feedbackOn(EntityManager em, Reflection reflection) {
        return em.createQuery("""
                        SELECT f.author.displayName, f.body, f.createdAt FROM Feedback f
                        WHERE f.reflection = :r ORDER BY f.createdAt""", Object[].class)
                .setParameter("r", reflection)
                .getResultStream()
                .map(row -> new FeedbackRow((String) row[0], (String) row[1], (LocalDateTime) row[2]))
                .toList();
    }

    private Reflection writable(long moduleId, long version) {
        Account me = callers.me();
        CourseModule module = seatedModule(me, moduleId);
        Reflection reflection = find(me, module).orElseGet(() -> {
            Reflection first = new Reflection(me, module, DanishTime.now());
            em.persist(first);
            return first;
        });
        if (reflection.getId() != null && reflection.getVersion() != version) {
            throw new ReflectionRefusedException("text", "reflection.write.changed");
        }
        return reflection;
    }

    /** The caller's own reflection on a module, whether or not they are still on the course: shares can always be revoked. */
    private Reflection own(long moduleId) {
        CourseModule module = Optional.ofNullable(em.find(CourseModule.class, moduleId))
                .orElseThrow(ReflectionNotFoundException::new);
        return find(callers.me(), module).orElseThrow(ReflectionNotFoundException::new);
    }

    private Optional<Reflection> find(Account me, CourseModule module) {
        return em.createQuery("SELECT r FROM Reflection r WHERE r.author = :me AND r.module = :module", Reflection.class)
                .setParameter("me", me)
                .setParameter("module", module)
                .getResultStream().findFirst();
    }

    private CourseModule seatedModule(Account me, long moduleId) {
        CourseModule module = em.find(CourseModule.class, moduleId);
        if (module == null || !readers.isSeated(me, module.getCourse())) {
            throw new ReflectionNotFoundException();
        }
        return module;
    }
}
