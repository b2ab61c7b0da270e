package dk.samspil.evaluation.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.PartnerRole;
import dk.samspil.evaluation.boundary.EvaluationResults.QuestionResult;
import dk.samspil.evaluation.control.Questionnaires;
import dk.samspil.evaluation.entity.EvaluationQuestion;
import dk.samspil.evaluation.entity.EvaluationRefusedException;
import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation of a course as its consultant sets it up and reads it, and as a partner who
 * co-designed the course reads it (scores only). Results are aggregated in the database: one
 * statement for the scores, one for the open answers.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class CourseEvaluations {

    private static final System.Logger LOG = System.getLogger(CourseEvaluations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Questionnaires questionnaires;

    @Inject
    CourseLock courseLock;

    public EvaluationResults results(String courseCode, Locale locale) {
        return results(course(courseCode), locale, true);
    }

    /** A co-designing partner's view: the scores, never the words. */
    @RolesAllowed(Role.PARTNER_NAME)
    public EvaluationResults resultsForPartner(String courseCode, Locale locale) {
        Course course = course(courseCode);
        long links = em.createQuery("""
                        SELECT COUNT(p) FROM CoursePartner p, Account a
                        WHERE p.course = :course AND p.role = :codesigner AND a.email = :me
                        AND p.partner = a.partnerOrganisation""", Long.class)
                .setParameter("course", course)
                .setParameter("codesigner", PartnerRole.CO_DESIGNER)
                .setParameter("me", callers.myEmail())
                .getSingleResult();
        if (links == 0) {
            LOG.log(System.Logger.Level.WARNING, "{0} asked for the evaluation of {1}, which they did not co-design",
                    callers.myEmail(), courseCode);
            throw new EvaluationNotFoundException();
        }
        return results(course, locale, false);
    }

    /** Adds a question at the end; only while nobody has answered. */
    public void addQuestion(String courseCode, QuestionKind kind, String textDa, String textEn) {
        Course course = unanswered(courseCode);
        int next = questionnaires.of(course).size() + 1;
        em.persist(new EvaluationQuestion(course, next, kind == null ? QuestionKind.SCALE : kind,
                LocalizedText.optional(textDa, textEn)));
    }

    /** Removes a question and closes the gap; only while nobody has answered. */
    public void removeQuestion(String courseCode, long questionId) {
        Course course = unanswered(courseCode);
        List<EvaluationQuestion> questions = questionnaires.of(course);
        EvaluationQuestion removed = questions.stream().filter(q -> q.getId() == questionId).findFirst()
                .orElseThrow(EvaluationNotFoundException::new);
        if (questions.size() == 1) {
            throw new EvaluationRefusedException("evaluation.setup.last-question");
        }
        em.remove(removed);
        em.flush();
        int position = 1;
        for (EvaluationQuestion q : questions) {
            if (q != removed) {
                em.createQuery("UPDATE EvaluationQuestion q SET q.position = :p WHERE q.id = :id")
                        .setParameter("p", position++)
                        .setParameter("id", q.getId())
                        .executeUpdate();
            }
        }
    }

    private Course unanswered(String courseCode) {
        Course course = course(courseCode);
        if (questionnaires.responses(course) > 0) {
            throw new EvaluationRefusedException("evaluation.setup.locked");
        }
        return course;
    }

    private EvaluationResults results(Course course, Locale locale, boolean withWords) {
        List<EvaluationQuestion> questions = questionnaires.of(course);
        long responses = questionnaires.responses(course);
        boolean shown = responses >= EvaluationResults.MIN_RESPONSES;
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, List<String>> comments = new HashMap<>();
        if (shown) {
            em.createQuery("""
                            SELECT a.questionId, a.score, COUNT(r) FROM EvaluationResponse r JOIN r.answers a
                            WHERE r.course = :course AND a.score IS NOT NULL GROUP BY a.questionId, a.score""", Object[].class)
                    .setParameter("course", course)
                    .getResultStream()
                    .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new long[5])
                            [((Number) row[1]).intValue() - 1] = (Long) row[2]);
            if (withWords) {
                em.createQuery("""
                                SELECT a.questionId, a.comment FROM EvaluationResponse r JOIN r.answers a
                                WHERE r.course = :course AND a.comment IS NOT NULL ORDER BY a.comment""", Object[].class)
                        .setParameter("course", course)
                        .getResultStream()
                        .forEach(row -> comments.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
            }
        }
        return new EvaluationResults(course.getCode(), course.getTitle().in(locale), responses, shown,
                questions.stream().map(q -> {
                    long[] scores = counts.getOrDefault(q.getId(), new long[5]);
                    return new QuestionResult(q.getId(), q.getPosition(), q.getKind(), q.getText().in(locale), scores,
                            EvaluationResults.mean(scores), comments.getOrDefault(q.getId(), List.of()));
                }).toList());
    }

    /** Locked: the standard questions may be made now, and changes to them wait for answers in progress. */
    private Course course(String code) {
        return courseLock.lock(code);
    }
}
