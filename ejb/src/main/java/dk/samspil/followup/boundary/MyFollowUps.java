package dk.samspil.followup.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.followup.control.FollowUpQuestions;
import dk.samspil.followup.entity.FollowUp;
import dk.samspil.followup.entity.FollowUpQuestion;
import dk.samspil.followup.entity.FollowUpRefusedException;
import dk.samspil.followup.entity.FollowUpResponse;
import dk.samspil.followup.entity.Respondent;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A participant's follow-ups: those open on courses they completed, answered once (the database's
 * key on enrolment and respondent refuses a second answer, even from two tabs at once), with their
 * choices to share with their leader and to show their name, which they may change at any time.
 */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class MyFollowUps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    FollowUpQuestions questions;

    @Inject
    CourseLock courseLock;

    public List<OpenFollowUp> open(Locale locale) {
        return em.createQuery("""
                        SELECT c, f.openedOn, (SELECT COUNT(r) FROM FollowUpResponse r
                                               WHERE r.enrolment = e AND r.respondent = :participant)
                        FROM FollowUp f JOIN f.course c, Enrolment e
                        WHERE e.course = c AND e.participant.email = :me AND e.status = :completed AND f.openedOn IS NOT NULL
                        ORDER BY f.openedOn DESC, c.code""", Object[].class)
                .setParameter("participant", Respondent.PARTICIPANT)
                .setParameter("me", callers.myEmail())
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .getResultStream()
                .map(row -> {
                    Course course = (Course) row[0];
                    return new OpenFollowUp(course.getCode(), course.getTitle().in(locale), (LocalDate) row[1],
                            (Long) row[2] > 0);
                })
                .toList();
    }

    public FollowUpForm form(String courseCode, Locale locale) {
        Opened opened = opened(courseCode);
        List<FollowUpQuestion> all = questions.of(opened.followUp());
        Course course = opened.enrolment().getCourse();
        return new FollowUpForm(course.getCode(), course.getTitle().in(locale), Respondent.PARTICIPANT,
                opened.enrolment().getParticipant().getDisplayName(), FollowUpForms.asked(all, Respondent.PARTICIPANT, locale),
                FollowUpForms.answers(questions.response(opened.enrolment(), Respondent.PARTICIPANT).orElse(null), all, locale),
                FollowUpForms.answers(questions.response(opened.enrolment(), Respondent.LEADER).orElse(null), all, locale));
    }

    /**
     * Locks the course first, so the questions cannot change while the answer is stored and a second
     * answer from another tab waits for the first and is then refused; the unique key is the backstop.
     */
    public void answer(String courseCode, FollowUpResponse.Given given) {
        courseLock.lock(courseCode);
        Opened opened = opened(courseCode);
        Account me = opened.enrolment().getParticipant();
        FollowUpResponse response = FollowUpResponse.byParticipant(opened.followUp(), opened.enrolment(),
                me.getInstitution() == null ? null : me.getInstitution().getMunicipality(), DanishTime.today(),
                questions.of(opened.followUp()), given);
        questions.store(response);
    }

    /** Shares the caller's answers with their leader or not, and shows their name to the consultant or not. */
    public void share(String courseCode, boolean withLeader, boolean name) {
        questions.response(opened(courseCode).enrolment(), Respondent.PARTICIPANT)
                .orElseThrow(() -> new FollowUpRefusedException("followup.share.not-answered"))
                .share(withLeader, name);
    }

    private record Opened(FollowUp followUp, Enrolment enrolment) {
    }

    /** The caller's completed enrolment on the course, whose follow-up has opened. */
    private Opened opened(String courseCode) {
        Enrolment enrolment = em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.course c JOIN FETCH e.participant p
                        WHERE c.code = :code AND p.email = :me AND e.status = :completed""", Enrolment.class)
                .setParameter("code", courseCode)
                .setParameter("me", callers.myEmail())
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .getResultStream().findFirst()
                .orElseThrow(FollowUpNotFoundException::new);
        return new Opened(questions.openFor(enrolment.getCourse()).orElseThrow(FollowUpNotFoundException::new), enrolment);
    }
}
