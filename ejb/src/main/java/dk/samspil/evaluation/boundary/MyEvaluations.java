package dk.samspil.evaluation.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.evaluation.control.Questionnaires;
import dk.samspil.evaluation.entity.EvaluationReceipt;
import dk.samspil.evaluation.entity.EvaluationRefusedException;
import dk.samspil.evaluation.entity.EvaluationResponse;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.Locale;
import java.util.Map;

/**
 * A participant's evaluation of a course they were seated on, once it has ended: answered once,
 * anonymously. The receipt is written first; the database's key on it refuses a second answer
 * even from two tabs at once.
 */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class MyEvaluations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Questionnaires questionnaires;

    @Inject
    CourseLock courseLock;

    public EvaluationForm open(String courseCode, Locale locale) {
        Enrolment enrolment = seatedOnEnded(courseCode);
        Course course = enrolment.getCourse();
        boolean answered = em.find(EvaluationReceipt.class, enrolment.getId()) != null;
        return new EvaluationForm(course.getCode(), course.getTitle().in(locale), answered,
                questionnaires.of(course).stream()
                        .map(q -> new EvaluationForm.Question(q.getId(), q.getPosition(), q.getKind(), q.getText().in(locale)))
                        .toList());
    }

    public void answer(String courseCode, Map<Long, Integer> scores, Map<Long, String> comments) {
        Enrolment enrolment = seatedOnEnded(courseCode);
        try {
            em.persist(new EvaluationReceipt(enrolment.getId()));
            em.flush();
        } catch (PersistenceException twice) {
            throw new EvaluationRefusedException("evaluation.answer.already");
        }
        Course course = enrolment.getCourse();
        em.persist(new EvaluationResponse(course, questionnaires.of(course), scores, comments, DanishTime.today()));
    }

    /** The course is locked first: its standard questions may be made now, and answers count against changes to them. */
    private Enrolment seatedOnEnded(String courseCode) {
        courseLock.lock(courseCode);
        Enrolment enrolment = em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.course c
                        WHERE c.code = :code AND e.participant.email = :me AND e.status IN :seated""", Enrolment.class)
                .setParameter("code", courseCode)
                .setParameter("me", callers.myEmail())
                .setParameter("seated", EnrolmentStatus.SEATED)
                .getResultStream().findFirst()
                .orElseThrow(EvaluationNotFoundException::new);
        Course course = enrolment.getCourse();
        if (!course.hasEnded(DanishTime.now())) {
            throw new EvaluationRefusedException("evaluation.answer.not-ended");
        }
        return enrolment;
    }
}
