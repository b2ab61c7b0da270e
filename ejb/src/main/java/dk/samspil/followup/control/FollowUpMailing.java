package dk.samspil.followup.control;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.followup.entity.FollowUp;
import dk.samspil.followup.entity.Respondent;
import dk.samspil.notification.control.Notifier;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.Leases;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each morning: a follow-up whose day has come opens, and everyone who completed the course and
 * each leader of their workplace are told (the mail goes through the outbox); two weeks later
 * whoever has not answered is reminded, once. A cancelled course's follow-up never opens. Runs under
 * a container-managed write lock, so the morning's run and a consultant sending one early never
 * open the same follow-up twice on one server; on two, the course lock the consultant holds and the
 * lease decide.
 */
@Singleton
@DependsOn("DatabaseMigration")
@RolesAllowed(Role.CONSULTANT_NAME)
public class FollowUpMailing {

    /** Held longer than any run takes, shorter than a day: the first server whose timer fires does the day's run. */
    static final Duration ONE_SERVER_A_DAY = Duration.ofHours(1);
    private static final Set<CourseStatus> HELD = Set.of(CourseStatus.PUBLISHED, CourseStatus.COMPLETED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    Callers callers;

    @Inject
    Leases leases;

    @Schedule(hour = "7", minute = "15", persistent = false)
    @PermitAll
    void everyMorning() {
        if (leases.claim("follow-ups", ONE_SERVER_A_DAY)) {
            leases.run(() -> {
                LocalDate today = DanishTime.today();
                openDue(today);
                remindUnanswered(today);
            });
        }
    }

    /** The timer's work, also in tests for a given day: returns how many follow-ups opened. */
    public int openDue(LocalDate today) {
        List<FollowUp> due = em.createQuery("""
                        SELECT f FROM FollowUp f JOIN FETCH f.course c
                        WHERE f.openedOn IS NULL AND c.status IN :held AND c.period.lastSessionAt < :today""", FollowUp.class)
                .setParameter("held", HELD)
                .setParameter("today", today.atStartOfDay())
                .getResultList()
                .stream().filter(f -> f.isDue(today)).toList();
        due.forEach(followUp -> open(followUp, today));
        return due.size();
    }

    /** Opens one follow-up now (its day has come, or its consultant sends it early) and tells everyone it asks. */
    public void open(FollowUp followUp, LocalDate today) {
        followUp.open(today);
        for (Enrolment enrolment : completed(followUp)) {
            Account participant = enrolment.getParticipant();
            notifier.tell(participant, NotificationKind.FOLLOW_UP_OPEN, followUp.getCourse(), null);
            leadersOf(participant).forEach(leader -> notifier.tell(leader, NotificationKind.FOLLOW_UP_LEADER,
                    followUp.getCourse(), participant.getDisplayName()));
        }
    }

    /** Returns how many follow-ups sent their reminder. */
    public int remindUnanswered(LocalDate today) {
        List<FollowUp> due = em.createQuery("""
                        SELECT f FROM FollowUp f JOIN FETCH f.course
                        WHERE f.openedOn IS NOT NULL AND f.remindedOn IS NULL""", FollowUp.class)
                .getResultList()
                .stream().filter(f -> f.isReminderDue(today)).toList();
        for (FollowUp followUp : due) {
            followUp.remind(today);
            Set<String> answered = em.createQuery("""
                            SELECT r.respondent, r.enrolment.id FROM FollowUpResponse r
                            WHERE r.followUp = :followUp""", Object[].class)
                    .setParameter("followUp", followUp)
                    .getResultStream()
                    .map(row -> row[0] + "/" + row[1])
                    .collect(Collectors.toSet());
            for (Enrolment enrolment : completed(followUp)) {
                Account participant = enrolment.getParticipant();
                if (!answered.contains(Respondent.PARTICIPANT + "/" + enrolment.getId())) {
                    notifier.tell(participant, NotificationKind.FOLLOW_UP_REMINDER, followUp.getCourse(), null);
                }
                if (!answered.contains(Respondent.LEADER + "/" + enrolment.getId())) {
                    leadersOf(participant).forEach(leader -> notifier.tell(leader, NotificationKind.FOLLOW_UP_REMINDER,
                            followUp.getCourse(), participant.getDisplayName()));
                }
            }
        }
        return due.size();
    }

    private List<Enrolment> completed(FollowUp followUp) {
        return em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.participant p LEFT JOIN FETCH p.institution
                        WHERE e.course = :course AND e.status = :completed AND p.active = TRUE""", Enrolment.class)
                .setParameter("course", followUp.getCourse())
                .setParameter("completed", EnrolmentStatus.COMPLETED)
                .getResultList();
    }

    private List<Account> leadersOf(Account participant) {
        return participant.getInstitution() == null ? List.of() : callers.leadersOf(participant.getInstitution(), participant);
    }
}
