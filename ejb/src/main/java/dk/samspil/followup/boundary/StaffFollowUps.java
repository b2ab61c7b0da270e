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
import dk.samspil.people.control.AccessLog;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.AccessKind;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A leader's follow-ups on their staff: for each opened follow-up on a course that someone working
 * at one of the leader's institutions completed, the leader's questions about that person (answered
 * once, by any one of the workplace's leaders; the participant sees the answer), and the
 * participant's own answers only if they shared them, each such read logged.
 */
@Stateless
@RolesAllowed(Role.LEADER_NAME)
public class StaffFollowUps {

    static final int PAGE_SIZE = 50;

    /** Opened follow-ups on completed enrolments of people working where the caller leads, not the caller. */
    private static final String STAFFS = """
            FROM FollowUp f JOIN f.course c, Enrolment e JOIN e.participant p, Account me JOIN me.ledInstitutions i
            WHERE e.course = c AND me.email = :me AND p.institution = i AND p <> me
              AND e.status = :completed AND f.openedOn IS NOT NULL""";
    private static final String UNANSWERED =
            " AND NOT EXISTS (SELECT w FROM FollowUpResponse w WHERE w.enrolment = e AND w.respondent = :leader)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    FollowUpQuestions questions;

    @Inject
    CourseLock courseLock;

    @Inject
    AccessLog accessLog;

    /**
     * The follow-ups on the caller's staff, newest first, a page of {@value #PAGE_SIZE} at a time
     * (counted in the database); {@code waiting} keeps those no leader of the workplace has answered.
     */
    public StaffFollowUpPage mine(Locale locale, int page, boolean waiting) {
        int from = Math.max(0, page);
        String staffs = waiting ? STAFFS + UNANSWERED : STAFFS;
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) " + staffs, Long.class)
                .setParameter("me", callers.myEmail())
                .setParameter("completed", EnrolmentStatus.COMPLETED);
        long total = (waiting ? count.setParameter("leader", Respondent.LEADER) : count).getSingleResult();
        List<StaffFollowUp> rows = em.createQuery("""
                        SELECT e.id, p.displayName, c, f.openedOn,
                               (SELECT COUNT(l) FROM FollowUpResponse l WHERE l.enrolment = e AND l.respondent = :leader),
                               (SELECT COUNT(s) FROM FollowUpResponse s WHERE s.enrolment = e AND s.respondent = :participant
                                  AND s.sharedWithLeader = TRUE)
                        """ + staffs + " ORDER BY f.openedOn DESC, p.displayName, c.code, e.id", Object[].class)
                .setParameter("leader", Respondent.LEADER)
                .setParameter("participant", Respondent.PARTICIPANT)
                .setParameter("me", callers.myEmail())
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .setFirstResult(from * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultStream()
                .map(row -> {
                    Course course = (Course) row[2];
                    return new StaffFollowUp((Long) row[0], (String) row[1], course.getCode(), course.getTitle().in(locale),
                            (LocalDate) row[3], (Long) row[4] > 0, (Long) row[5] > 0);
                })
                .toList();
        return new StaffFollowUpPage(rows, total, from, PAGE_SIZE, waiting);
    }

    public FollowUpForm form(long enrolmentId, Locale locale) {
        Opened opened = opened(enrolmentId);
        List<FollowUpQuestion> all = questions.of(opened.followUp());
        Enrolment enrolment = opened.enrolment();
        Optional<FollowUpResponse> shared = questions.response(enrolment, Respondent.PARTICIPANT)
                .filter(FollowUpResponse::isVisibleToLeader);
        shared.ifPresent(r -> accessLog.read(opened.leader(), enrolment.getParticipant(), AccessKind.FOLLOW_UP,
                enrolment.getCourse().getCode()));
        return new FollowUpForm(enrolment.getCourse().getCode(), enrolment.getCourse().getTitle().in(locale),
                Respondent.LEADER, enrolment.getParticipant().getDisplayName(),
                FollowUpForms.asked(all, Respondent.LEADER, locale),
                FollowUpForms.answers(questions.response(enrolment, Respondent.LEADER).orElse(null), all, locale),
                FollowUpForms.answers(shared.orElse(null), all, locale));
    }

    /**
     * Locks the course first, so the questions cannot change while the answer is stored and two
     * leaders of the workplace answer one after the other (the second is refused).
     */
    public void answer(long enrolmentId, Map<Long, Integer> scores, Map<Long, String> comments) {
        Opened opened = opened(enrolmentId);
        courseLock.lock(opened.enrolment().getCourse().getId());
        Account participant = opened.enrolment().getParticipant();
        FollowUpResponse response = FollowUpResponse.byLeader(opened.followUp(), opened.enrolment(), opened.leader(),
                participant.getInstitution().getMunicipality(), DanishTime.today(), questions.of(opened.followUp()),
                FollowUpResponse.Given.leaders(scores, comments));
        questions.store(response);
    }

    private record Opened(FollowUp followUp, Enrolment enrolment, Account leader) {
    }

    /** A completed enrolment of someone working where the caller leads (not the caller), whose follow-up has opened. */
    private Opened opened(long enrolmentId) {
        Enrolment enrolment = em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.course c JOIN FETCH e.participant p JOIN FETCH p.institution pi,
                        Account me JOIN me.ledInstitutions i
                        WHERE e.id = :id AND me.email = :me AND pi = i AND p <> me AND e.status = :completed""", Enrolment.class)
                .setParameter("id", enrolmentId)
                .setParameter("me", callers.myEmail())
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .getResultStream().findFirst()
                .orElseThrow(FollowUpNotFoundException::new);
        FollowUp followUp = questions.openFor(enrolment.getCourse()).orElseThrow(FollowUpNotFoundException::new);
        return new Opened(followUp, enrolment, callers.me());
    }
}
