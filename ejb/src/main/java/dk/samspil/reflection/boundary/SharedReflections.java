package dk.samspil.reflection.boundary;

import dk.samspil.catalog.entity.Course;
import dk.samspil.notification.control.Notifier;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.control.AccessLog;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.AccessKind;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.reflection.control.Readers;
import dk.samspil.reflection.entity.Audience;
import dk.samspil.reflection.entity.Feedback;
import dk.samspil.reflection.entity.ReaderRelation;
import dk.samspil.reflection.entity.Reflection;
import dk.samspil.reflection.entity.ReflectionRead;
import dk.samspil.reflection.entity.ReflectionStatus;
import dk.samspil.reflection.entity.ReflectionText;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;

import static dk.samspil.reflection.boundary.ReflectionQueries.BATCH;
import static dk.samspil.reflection.boundary.ReflectionQueries.BATCH_TYPE;

/**
 * Reflections other people shared with the caller: a leader's staff's (newest first), a course
 * team's or a cohort's on one course; opening one is logged for its author. Asking for anything
 * else, by id or by course, is "not found" and written to the log with who asked.
 */
@Stateless
@RolesAllowed({Role.PARTICIPANT_NAME, Role.LEADER_NAME, Role.CONSULTANT_NAME, Role.PARTNER_NAME})
public class SharedReflections {

    private static final System.Logger LOG = System.getLogger(SharedReflections.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AccessLog accessLog;

    @Inject
    Readers readers;

    @Inject
    Notifier notifier;

    /** What the caller's staff shared with their leaders, newest first. */
    @RolesAllowed(Role.LEADER_NAME)
    public List<SharedRow> findFromMyStaff(Locale locale) {
        return rows(em.createQuery("""
                        SELECT r FROM Reflection r JOIN FETCH r.author a JOIN FETCH r.module m JOIN FETCH m.course
                        WHERE :leaders MEMBER OF r.audiences AND r.status = :submitted AND a.institution IN (
                            SELECT i FROM Account l JOIN l.ledInstitutions i WHERE l.email = :me)
                        AND a.email <> :me ORDER BY r.submittedAt DESC""", Reflection.class)
                .setHint(BATCH, "r.audiences")
                .setHint(BATCH_TYPE, "IN")
                .setParameter("leaders", Audience.LEADERS)
                .setParameter("submitted", ReflectionStatus.SUBMITTED)
                .setParameter("me", callers.myEmail())
                .getResultList(), locale);
    }

    /**
     * The reflections shared on one course with the audience the caller belongs to there: the course
     * team sees those shared with the team, a seated participant those shared with the cohort.
     */
    public List<SharedRow> findOnCourse(String courseCode, Locale locale) {
        Account me = callers.me();
        Course course = em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", courseCode)
                .getResultStream().findFirst()
                .orElseThrow(ReflectionNotFoundException::new);
        Audience audience;
        if (readers.isTeam(me, course)) {
            audience = Audience.COURSE_TEAM;
        } else if (readers.isSeated(me, course)) {
            audience = Audience.COHORT;
        } else {
            LOG.log(System.Logger.Level.WARNING, "{0} asked for the shared reflections of {1}, which is not theirs",
                    me.getEmail(), courseCode);
            throw new ReflectionNotFoundException();
        }
        return rows(em.createQuery("""
                        SELECT r FROM Reflection r JOIN FETCH r.author a JOIN FETCH r.module m JOIN FETCH m.course c
                        WHERE c = :course AND :audience MEMBER OF r.audiences AND r.status = :submitted AND a <> :me
                        ORDER BY m.position, r.submittedAt DESC""", Reflection.class)
                .setHint(BATCH, "r.audiences")
                .setHint(BATCH_TYPE, "IN")
                .setParameter("course", course)
                .setParameter("audience", audience)
                .setParameter("submitted", ReflectionStatus.SUBMITTED)
                .setParameter("me", me)
                .getResultList(), locale);
    }

    /**
     * Opens a reflection shared with the caller, and logs the read for its author. The course team's
     * feedback is shown to the course team only, never to the author's leader or classmates.
     */
    public Reading read(long reflectionId, Locale locale) {
        Account me = callers.me();
        Reflection reflection = em.find(Reflection.class, reflectionId);
        ReaderRelation relation = reflection == null ? null : readers.of(me, reflection);
        Audience through = relation == null ? null : reflection.readableThrough(relation).orElse(null);
        if (through == null) {
            LOG.log(System.Logger.Level.WARNING, "{0} asked to read reflection {1}, which is not shared with them",
                    me.getEmail(), reflectionId);
            throw new ReflectionNotFoundException();
        }
        em.persist(new ReflectionRead(reflection, me, through, DanishTime.now()));
        Course course = reflection.getModule().getCourse();
        var module = reflection.getModule();
        accessLog.read(me, reflection.getAuthor(), AccessKind.REFLECTION,
                course.getCode() + " · " + module.getTitle().in(Locale.forLanguageTag("da")));
        return new Reading(reflection.getId(), reflection.getAuthor().getDisplayName(), course.getCode(),
                course.getTitle().in(locale), module.getTitle().in(locale),
                module.getReflectionPrompts() == null ? null : module.getReflectionPrompts().in(locale),
                ReflectionText.clean(reflection.getPublishedBody()).html(), reflection.getVersions().size(),
                reflection.getSubmittedAt(), through,
                reflection.takesFeedbackFrom(relation),
                through == Audience.COURSE_TEAM ? MyReflections.feedbackOn(em, reflection) : List.of());
    }

    /** The course team's comment on a reflection shared with the team; the author is told. */
    @RolesAllowed({Role.CONSULTANT_NAME, Role.PARTNER_NAME})
    public void giveFeedback(long reflectionId, String text) {
        Account me = callers.me();
        Reflection reflection = em.find(Reflection.class, reflectionId);
        if (reflection == null || !reflection.takesFeedbackFrom(readers.of(me, reflection))) {
            LOG.log(System.Logger.Level.WARNING, "{0} tried to comment on reflection {1} without being its course team",
                    me.getEmail(), reflectionId);
            throw new ReflectionNotFoundException();
        }
        em.persist(new Feedback(reflection, me, text, DanishTime.now()));
        notifier.tell(reflection.getAuthor(), NotificationKind.FEEDBACK, reflection.getModule().getCourse(),
                reflection.getModule().getTitle().da());
    }

    private static List<SharedRow> rows(List<Reflection> reflections, Locale locale) {
        return reflections.stream()
                .map(r -> new SharedRow(r.getId(), r.getAuthor().getDisplayName(), r.getModule().getCourse().getCode(),
                        r.getModule().getCourse().getTitle().in(locale), r.getModule().getTitle().in(locale),
                        r.getSubmittedAt()))
                .toList();
    }
}
