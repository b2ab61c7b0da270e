package dk.samspil.followup.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.evaluation.boundary.EvaluationResults;
import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.followup.boundary.FollowUpResults.Comment;
import dk.samspil.followup.boundary.FollowUpResults.QuestionResult;
import dk.samspil.followup.control.FollowUpMailing;
import dk.samspil.followup.control.FollowUpQuestions;
import dk.samspil.followup.entity.FollowUp;
import dk.samspil.followup.entity.FollowUpQuestion;
import dk.samspil.followup.entity.FollowUpRefusedException;
import dk.samspil.followup.entity.FollowUpResponse;
import dk.samspil.followup.entity.Partnership;
import dk.samspil.followup.entity.Respondent;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A course's follow-up as its consultant attaches, plans and reads it. The course is locked for
 * every change, so a question is never changed under an answer being given (answers lock it too).
 * Results are aggregated in the database: one statement for the scores, one for the words, one for
 * the partnerships.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class CourseFollowUps {

    @PersistenceContext
    EntityManager em;

    @Inject
    FollowUpQuestions questions;

    @Inject
    CourseLock courseLock;

    @EJB
    FollowUpMailing mailing;

    /** Read without the lock: reading changes nothing, and a page view should not write. */
    public CourseFollowUp overview(String courseCode, Locale locale) {
        Course course = em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", courseCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CourseNotFoundException(courseCode));
        long completed = em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.course = :course AND e.status = :completed",
                        Long.class)
                .setParameter("course", course)
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .getSingleResult();
        Optional<FollowUp> found = find(course);
        if (found.isEmpty()) {
            FollowUpResults none = new FollowUpResults(0, false, List.of(), Map.of());
            return new CourseFollowUp(course.getCode(), course.getTitle().in(locale), false, FollowUp.DEFAULT_WEEKS,
                    FollowUp.dueOn(course.getLastSessionAt(), FollowUp.DEFAULT_WEEKS).orElse(null), null, null, completed,
                    false, List.of(), List.of(), none, none);
        }
        FollowUp followUp = found.get();
        List<FollowUpQuestion> all = questions.of(followUp);
        Tallies tallies = tally(followUp);
        return new CourseFollowUp(course.getCode(), course.getTitle().in(locale), true, followUp.getWeeksAfter(),
                followUp.dueOn().orElse(null), followUp.getOpenedOn(), followUp.getRemindedOn(), completed,
                tallies.responses(Respondent.PARTICIPANT) + tallies.responses(Respondent.LEADER) > 0,
                FollowUpForms.asked(all, Respondent.PARTICIPANT, locale), FollowUpForms.asked(all, Respondent.LEADER, locale),
                tallies.results(all, Respondent.PARTICIPANT, locale), tallies.results(all, Respondent.LEADER, locale));
    }

    /** Attaches a follow-up with the standard questions, or moves the one attached; refused once it has opened. */
    public void attach(String courseCode, int weeks) {
        Course course = courseLock.lock(courseCode);
        Optional<FollowUp> found = find(course);
        if (found.isPresent()) {
            found.get().schedule(weeks);
            return;
        }
        FollowUp followUp = new FollowUp(course, weeks);
        em.persist(followUp);
        questions.addStandard(followUp);
    }

    /** Sends the follow-up out today instead of on its day; only once the course has ended, and only once. */
    public void openNow(String courseCode) {
        FollowUp followUp = attached(courseCode);
        if (followUp.isOpen()) {
            throw new FollowUpRefusedException("followup.setup.already-open");
        }
        if (!followUp.getCourse().hasEnded(DanishTime.now())) {
            throw new FollowUpRefusedException("followup.setup.not-ended");
        }
        mailing.open(followUp, DanishTime.today());
    }

    /** Takes the follow-up off the course; only before it opens. */
    public void detach(String courseCode) {
        FollowUp followUp = attached(courseCode);
        if (followUp.isOpen()) {
            throw new FollowUpRefusedException("followup.setup.already-open");
        }
        em.remove(followUp);
    }

    /** Adds a question at the end of its audience's; only while nobody has answered. */
    public void addQuestion(String courseCode, Respondent audience, QuestionKind kind, String textDa, String textEn) {
        FollowUp followUp = unanswered(courseCode);
        Respondent to = audience == null ? Respondent.PARTICIPANT : audience;
        int next = (int) questions.of(followUp).stream().filter(q -> q.getAudience() == to).count() + 1;
        em.persist(new FollowUpQuestion(followUp, to, next, kind == null ? QuestionKind.SCALE : kind,
                LocalizedText.optional(textDa, textEn)));
    }

    /** Removes a question and closes the gap; only while nobody has answered, and never an audience's last. */
    public void removeQuestion(String courseCode, long questionId) {
        FollowUp followUp = unanswered(courseCode);
        List<FollowUpQuestion> all = questions.of(followUp);
        FollowUpQuestion removed = all.stream().filter(q -> q.getId() == questionId).findFirst()
                .orElseThrow(FollowUpNotFoundException::new);
        List<FollowUpQuestion> same = all.stream().filter(q -> q.getAudience() == removed.getAudience()).toList();
        if (same.size() == 1) {
            throw new FollowUpRefusedException("followup.setup.last-question");
        }
        em.remove(removed);
        em.flush();
        int position = 1;
        for (FollowUpQuestion q : same) {
            if (q != removed) {
                em.createQuery("UPDATE FollowUpQuestion q SET q.position = :p WHERE q.id = :id")
                        .setParameter("p", position++)
                        .setParameter("id", q.getId())
                        .executeUpdate();
            }
        }
    }

    private FollowUp unanswered(String courseCode) {
        FollowUp followUp = attached(courseCode);
        if (questions.responses(followUp) > 0) {
            throw new FollowUpRefusedException("followup.setup.locked");
        }
        return followUp;
    }

    private FollowUp attached(String courseCode) {
        return find(courseLock.lock(courseCode)).orElseThrow(FollowUpNotFoundException::new);
    }

    private Optional<FollowUp> find(Course course) {
        return em.createQuery("SELECT f FROM FollowUp f WHERE f.course = :course", FollowUp.class)
                .setParameter("course", course)
                .getResultStream().findFirst();
    }

    private Tallies tally(FollowUp followUp) {
        Tallies tallies = new Tallies();
        em.createQuery("""
                        SELECT r.respondent, r.partnership, COUNT(r) FROM FollowUpResponse r
                        WHERE r.followUp = :followUp GROUP BY r.respondent, r.partnership""", Object[].class)
                .setParameter("followUp", followUp)
                .getResultStream()
                .forEach(row -> tallies.responded((Respondent) row[0], (Partnership) row[1], (Long) row[2]));
        em.createQuery("""
                        SELECT a.questionId, a.score, COUNT(a) FROM FollowUpAnswer a
                        WHERE a.response.followUp = :followUp AND a.score IS NOT NULL GROUP BY a.questionId, a.score""",
                        Object[].class)
                .setParameter("followUp", followUp)
                .getResultStream()
                .forEach(row -> tallies.counts.computeIfAbsent((Long) row[0], k -> new long[5])
                        [((Number) row[1]).intValue() - 1] = (Long) row[2]);
        em.createQuery("""
                        SELECT a.questionId, a.comment, r.nameShown, au.displayName FROM FollowUpAnswer a
                        JOIN a.response r JOIN r.author au
                        WHERE r.followUp = :followUp AND a.comment IS NOT NULL ORDER BY a.comment""", Object[].class)
                .setParameter("followUp", followUp)
                .getResultStream()
                .forEach(row -> tallies.comments.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Comment((String) row[1], Boolean.TRUE.equals(row[2]) ? (String) row[3] : null)));
        return tallies;
    }

    /** What the three statements found, held until each audience's results are put together. */
    private static final class Tallies {
        private final Map<Respondent, Long> responses = new EnumMap<>(Respondent.class);
        private final Map<Partnership, Long> partnerships = new EnumMap<>(Partnership.class);
        private final Map<Long, long[]> counts = new HashMap<>();
        private final Map<Long, List<Comment>> comments = new HashMap<>();

        void responded(Respondent respondent, Partnership partnership, long count) {
            responses.merge(respondent, count, Long::sum);
            if (partnership != null) {
                partnerships.put(partnership, count);
            }
        }

        long responses(Respondent respondent) {
            return responses.getOrDefault(respondent, 0L);
        }

        FollowUpResults results(List<FollowUpQuestion> all, Respondent audience, Locale locale) {
            long answered = responses(audience);
            if (!FollowUpResponse.enoughToShow(answered)) {
                return new FollowUpResults(answered, false, List.of(), Map.of());
            }
            return new FollowUpResults(answered, true, all.stream().filter(q -> q.getAudience() == audience)
                    .map(q -> {
                        long[] scores = counts.getOrDefault(q.getId(), new long[5]);
                        return new QuestionResult(q.getId(), q.getPosition(), q.getKind(), q.getText().in(locale), scores,
                                EvaluationResults.mean(scores), comments.getOrDefault(q.getId(), List.of()));
                    }).toList(),
                    audience == Respondent.PARTICIPANT ? Map.copyOf(partnerships) : Map.of());
        }
    }
}
