package dk.samspil.followup.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.evaluation.entity.QuestionKind;
import dk.samspil.followup.entity.FollowUp;
import dk.samspil.followup.entity.FollowUpQuestion;
import dk.samspil.followup.entity.FollowUpRefusedException;
import dk.samspil.followup.entity.FollowUpResponse;
import dk.samspil.followup.entity.Respondent;
import dk.samspil.shared.LocalizedText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Optional;

/**
 * A follow-up's questions and responses. A new follow-up gets the college's standard set (what the participant
 * tried, with which partner, what changed for the children, what stood in the way; and the leader's
 * view of the same), which the consultant may change until the first answer arrives.
 */
@Dependent
public class FollowUpQuestions {

    private record Standard(Respondent audience, QuestionKind kind, String da, String en) {
    }

    private static final List<Standard> STANDARD = List.of(
            new Standard(Respondent.PARTICIPANT, QuestionKind.SCALE,
                    "Jeg har afprøvet noget fra kurset i min praksis.",
                    "I have tried something from the course in my practice."),
            new Standard(Respondent.PARTICIPANT, QuestionKind.SCALE,
                    "Det har gjort en forskel for børnene/eleverne.",
                    "It has made a difference for the children/pupils."),
            new Standard(Respondent.PARTICIPANT, QuestionKind.TEXT,
                    "Hvad har du afprøvet, og med hvilken samarbejdspartner?",
                    "What have you tried, and with which partner?"),
            new Standard(Respondent.PARTICIPANT, QuestionKind.TEXT,
                    "Hvad har ændret sig for børnene/eleverne?",
                    "What has changed for the children/pupils?"),
            new Standard(Respondent.PARTICIPANT, QuestionKind.TEXT,
                    "Hvad har stået i vejen?",
                    "What has stood in the way?"),
            new Standard(Respondent.LEADER, QuestionKind.SCALE,
                    "Medarbejderen har bragt noget fra kurset ind i vores praksis.",
                    "The employee has brought something from the course into our practice."),
            new Standard(Respondent.LEADER, QuestionKind.SCALE,
                    "Vi samarbejder mere med partnere uden for institutionen end før.",
                    "We work more with partners outside the institution than before."),
            new Standard(Respondent.LEADER, QuestionKind.TEXT,
                    "Hvad har du set ændre sig, og hvad skal der til for at det bliver ved?",
                    "What have you seen change, and what will it take to keep it going?"));

    @PersistenceContext
    EntityManager em;

    /** The standard set for a follow-up just made. */
    public void addStandard(FollowUp followUp) {
        int[] positions = new int[Respondent.values().length];
        for (Standard standard : STANDARD) {
            int position = ++positions[standard.audience().ordinal()];
            em.persist(new FollowUpQuestion(followUp, standard.audience(), position, standard.kind(),
                    new LocalizedText(standard.da(), standard.en())));
        }
    }

    /** Participants' questions first, then leaders', each in order. */
    public List<FollowUpQuestion> of(FollowUp followUp) {
        return em.createQuery("""
                        SELECT q FROM FollowUpQuestion q WHERE q.followUp = :followUp
                        ORDER BY q.audience DESC, q.position""", FollowUpQuestion.class)
                .setParameter("followUp", followUp)
                .getResultList();
    }

    /** The course's follow-up if it has opened. */
    public Optional<FollowUp> openFor(Course course) {
        return em.createQuery("SELECT f FROM FollowUp f WHERE f.course = :course AND f.openedOn IS NOT NULL", FollowUp.class)
                .setParameter("course", course)
                .getResultStream().findFirst();
    }

    /** The response of one side about one enrolment, with its author. */
    public Optional<FollowUpResponse> response(Enrolment enrolment, Respondent respondent) {
        return em.createQuery("""
                        SELECT r FROM FollowUpResponse r JOIN FETCH r.author
                        WHERE r.enrolment = :enrolment AND r.respondent = :respondent""", FollowUpResponse.class)
                .setParameter("enrolment", enrolment)
                .setParameter("respondent", respondent)
                .getResultStream().findFirst();
    }

    /**
     * Stores a response unless its side has answered for that enrolment already. Call with the course
     * locked, so a second answer waits for the first and is then refused; the unique key on
     * enrolment and respondent is the backstop.
     */
    public void store(FollowUpResponse response) {
        if (response(response.getEnrolment(), response.getRespondent()).isPresent()) {
            throw new FollowUpRefusedException("followup.answer.already");
        }
        try {
            em.persist(response);
            em.flush();
        } catch (PersistenceException twice) {
            throw new FollowUpRefusedException("followup.answer.already");
        }
    }

    public long responses(FollowUp followUp) {
        return em.createQuery("SELECT COUNT(r) FROM FollowUpResponse r WHERE r.followUp = :followUp", Long.class)
                .setParameter("followUp", followUp)
                .getSingleResult();
    }
}
