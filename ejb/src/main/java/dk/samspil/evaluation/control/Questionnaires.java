package dk.samspil.evaluation.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.evaluation.entity.EvaluationQuestion;
import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.shared.LocalizedText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * A course's evaluation questions. A course starts with the college's standard questions, made the
 * first time anyone looks at them; the consultant may change them until the first answer arrives.
 */
@Dependent
public class Questionnaires {

    private static final List<Object[]> STANDARD = List.of(
            new Object[] {QuestionKind.SCALE, "Kurset gav mig noget, jeg kan bruge i min praksis.",
                    "The course gave me something I can use in my practice."},
            new Object[] {QuestionKind.SCALE, "Samarbejdet med partnerne (foreninger, forvaltning, virksomheder) var relevant.",
                    "Working with the partners (associations, administration, companies) was relevant."},
            new Object[] {QuestionKind.SCALE, "Undervisningen og tilrettelæggelsen var god.",
                    "The teaching and the organisation were good."},
            new Object[] {QuestionKind.SCALE, "Refleksionerne mellem kursusgangene hjalp min læring.",
                    "Reflecting between the sessions helped my learning."},
            new Object[] {QuestionKind.TEXT, "Hvad skal vi gøre anderledes næste gang?",
                    "What should we do differently next time?"});

    @PersistenceContext
    EntityManager em;

    public List<EvaluationQuestion> of(Course course) {
        List<EvaluationQuestion> questions = find(course);
        if (!questions.isEmpty()) {
            return questions;
        }
        for (int i = 0; i < STANDARD.size(); i++) {
            Object[] standard = STANDARD.get(i);
            em.persist(new EvaluationQuestion(course, i + 1, (QuestionKind) standard[0],
                    new LocalizedText((String) standard[1], (String) standard[2])));
        }
        em.flush();
        return find(course);
    }

    public long responses(Course course) {
        return em.createQuery("SELECT COUNT(r) FROM EvaluationResponse r WHERE r.course = :course", Long.class)
                .setParameter("course", course)
                .getSingleResult();
    }

    private List<EvaluationQuestion> find(Course course) {
        return em.createQuery("SELECT q FROM EvaluationQuestion q WHERE q.course = :course ORDER BY q.position",
                        EvaluationQuestion.class)
                .setParameter("course", course)
                .getResultList();
    }
}
