package dk.samspil.enrolment.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.catalog.entity.EnrolmentTerms;
import dk.samspil.enrolment.control.Completions;
import dk.samspil.enrolment.control.SeatLedger;
import dk.samspil.enrolment.control.StaffCandidate;
import dk.samspil.enrolment.control.StaffFile;
import dk.samspil.enrolment.entity.Completion;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentEvent;
import dk.samspil.enrolment.entity.EnrolmentRefusedException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.enrolment.entity.Placement;
import dk.samspil.notification.control.Notifier;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.people.control.AccessLog;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.AccessKind;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.BusinessException.Detail;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The consultant's side of a course's enrolments: the list with its waiting list in order,
 * enrolling someone on their behalf, and the two decisions that bend the queue, admitting over
 * capacity and moving someone in line, which always carry a reason kept in the audit trail.
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class CourseEnrolments {

    private static final List<EnrolmentStatus> ORDER = List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.OFFERED,
            EnrolmentStatus.AWAITING_APPROVAL, EnrolmentStatus.WAITLISTED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.REJECTED, EnrolmentStatus.WITHDRAWN, EnrolmentStatus.CANCELLED,
            EnrolmentStatus.REQUESTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AccessLog accessLog;

    @Inject
    SeatLedger seats;

    @Inject
    CourseLock courseLock;

    @Inject
    Notifier notifier;

    @Inject
    StaffFile staffFile;

    @Inject
    Completions completions;

    /**
     * Seven statements: the course, every enrolment with its person and institution, and the
     * completion rule applied to the seated ones ({@link Completions#assess}).
     */
    public CourseEnrolmentList findForCourse(String code, Locale locale) {
        Course course = course(code);
        List<Enrolment> enrolments = em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.participant a LEFT JOIN FETCH a.institution
                        WHERE e.course = :course""", Enrolment.class)
                .setParameter("course", course)
                .getResultList();
        Map<Long, Completion> completion = new HashMap<>();
        completions.assess(course).forEach((enrolment, assessed) -> completion.put(enrolment.getId(), assessed));
        Map<EnrolmentStatus, Long> counts = new EnumMap<>(EnrolmentStatus.class);
        enrolments.forEach(e -> counts.merge(e.getStatus(), 1L, Long::sum));
        AtomicLong place = new AtomicLong();
        List<CourseEnrolmentList.Row> rows = enrolments.stream()
                .sorted(Comparator.comparing((Enrolment e) -> ORDER.indexOf(e.getStatus()))
                        .thenComparing(e -> e.getWaitlistRank() == null ? 0 : e.getWaitlistRank())
                        .thenComparing(e -> e.getParticipant().getDisplayName()))
                .map(e -> new CourseEnrolmentList.Row(e.getId(), e.getParticipant().getDisplayName(),
                        e.getParticipant().getEmail(),
                        e.getParticipant().getInstitution() == null ? null : e.getParticipant().getInstitution().getName(),
                        e.getStatus(), e.getStatus() == EnrolmentStatus.WAITLISTED ? place.incrementAndGet() : 0,
                        e.getCreatedAt(), completion.get(e.getId())))
                .toList();
        EnrolmentTerms terms = course.getEnrolmentTerms();
        return new CourseEnrolmentList(course.getCode(), LocalizedText.in(course.getTitle(), locale),
                terms.getMaxParticipants(), terms.getWaitingListCapacity(), counts, rows);
    }

    /** As {@link #findForCourse}, to be saved as a file: each participant's access log names the export. */
    public CourseEnrolmentList exportForCourse(String code, Locale locale) {
        CourseEnrolmentList list = findForCourse(code, locale);
        accessLog.exported(callers.me(), em.createQuery(
                        "SELECT e.participant.id FROM Enrolment e WHERE e.course.code = :code", Long.class)
                .setParameter("code", list.courseCode())
                .getResultList(), AccessKind.ENROLMENT_EXPORT, list.courseCode());
        return list;
    }

    /** Enrols a person by e-mail, e.g. on the telephone: the same rules and seats as when they do it themselves. */
    public EnrolmentOutcome enrol(String code, String email) {
        Account person = em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.institution WHERE a.email = :email",
                        Account.class)
                .setParameter("email", email == null ? "" : Account.normaliseEmail(email))
                .getResultStream().findFirst()
                .orElseThrow(() -> new EnrolmentRefusedException("enrolment.refused.unknown-person", email));
        Placement placement = seats.enrol(courseLock.lock(code), person, onBehalf());
        return new EnrolmentOutcome(code, placement.status(), placement.position());
    }

    /**
     * What enrolling every person in a CSV file of staff would do, row by row, saving nothing: the
     * consultant reads this before confirming with {@link #enrolStaffFile}.
     */
    public BulkEnrolmentReport previewStaffFile(String code, byte[] csv) {
        Course course = course(code);
        SeatLedger.requireOpen(course);
        List<StaffCandidate> candidates = staffFile.read(course, csv);
        Iterator<Placement> forecast = seats.forecast(course, enrollable(candidates), onBehalf()).iterator();
        return new BulkEnrolmentReport(code, false, candidates.stream()
                .map(candidate -> candidate.problem() == null ? row(candidate, forecast.next()) : row(candidate, null))
                .toList());
    }

    /**
     * Enrols every person of a CSV file whose row passes the checks, one after the other on the
     * locked course, exactly as if each had been enrolled alone; rows with a problem are reported and
     * left out. The file is read again here, so what is saved never rests on an older preview.
     */
    public BulkEnrolmentReport enrolStaffFile(String code, byte[] csv) {
        Course course = courseLock.lock(code);
        SeatLedger.requireOpen(course);
        String motivation = onBehalf();
        return new BulkEnrolmentReport(code, true, staffFile.read(course, csv).stream()
                .map(candidate -> candidate.problem() == null ? enrol(course, candidate, motivation) : row(candidate, null))
                .toList());
    }

    /** A full course is the one refusal left after the file's checks; anything else ends the whole confirmation. */
    private BulkEnrolmentReport.Row enrol(Course course, StaffCandidate candidate, String motivation) {
        try {
            return row(candidate, seats.enrol(course, candidate.person(), motivation));
        } catch (EnrolmentRefusedException refused) {
            if (!"enrolment.refused.full".equals(refused.messageKey())) {
                throw refused;
            }
            return row(candidate, null);
        }
    }

    private static BulkEnrolmentReport.Row row(StaffCandidate candidate, Placement placement) {
        String name = candidate.person() == null ? null : candidate.person().getDisplayName();
        if (placement == null) {
            Detail problem = candidate.problem() == null ? new Detail("enrolment.bulk.full") : candidate.problem();
            return new BulkEnrolmentReport.Row(candidate.line(), candidate.email(), name, null, 0, problem);
        }
        return new BulkEnrolmentReport.Row(candidate.line(), candidate.email(), name, placement.status(),
                placement.position(), null);
    }

    private static List<Account> enrollable(List<StaffCandidate> candidates) {
        return candidates.stream().filter(c -> c.problem() == null).map(StaffCandidate::person).toList();
    }

    private String onBehalf() {
        return "Tilmeldt af konsulent " + callers.me().getDisplayName();
    }

    /** Completes someone the rule does not (yet) complete, e.g. after equivalent work; the reason is kept. */
    public void completeOnBehalf(long enrolmentId, String reason) {
        requireReason(reason);
        Enrolment enrolment = seats.lockCourseOf(get(enrolmentId));
        completions.decide(enrolment, true);
        record(enrolment, EnrolmentStatus.CONFIRMED, reason);
    }

    /** Takes a completion back; the certificate's code then verifies as revoked, and the rule no longer completes them. */
    public void reopen(long enrolmentId, String reason) {
        requireReason(reason);
        Enrolment enrolment = seats.lockCourseOf(get(enrolmentId));
        completions.decide(enrolment, false);
        record(enrolment, EnrolmentStatus.COMPLETED, reason);
    }

    /** Withdraws someone on their behalf (they rang or wrote); a freed seat goes to the first in line. */
    public void withdrawOnBehalf(long enrolmentId, String reason) {
        requireReason(reason);
        Enrolment enrolment = seats.lockCourseOf(get(enrolmentId));
        EnrolmentStatus before = enrolment.getStatus();
        if (enrolment.withdraw(DanishTime.now())) {
            seats.fill(enrolment.getCourse());
        }
        record(enrolment, before, reason);
        notifier.tell(enrolment.getParticipant(), NotificationKind.WITHDRAWN, enrolment.getCourse(), reason);
    }

    /** Admits someone from the waiting list beyond the course's seats. */
    public void admitOverCapacity(long enrolmentId, String reason) {
        requireReason(reason);
        Enrolment enrolment = seats.lockCourseOf(get(enrolmentId));
        enrolment.admitOverCapacity();
        record(enrolment, EnrolmentStatus.WAITLISTED, reason);
        notifier.tell(enrolment.getParticipant(), NotificationKind.PROMOTED, enrolment.getCourse(), null);
    }

    /**
     * Swaps a waitlisted person with the one before (-1) or after (+1) them. The database keeps ranks
     * unique and checks row by row, so the first moves aside before the second takes its place.
     */
    public void move(long enrolmentId, int direction, String reason) {
        requireReason(reason);
        Enrolment enrolment = seats.lockCourseOf(get(enrolmentId));
        if (enrolment.getStatus() != EnrolmentStatus.WAITLISTED) {
            throw new EnrolmentRefusedException("enrolment.refused.step", "reorder", enrolment.getStatus());
        }
        boolean up = direction < 0;
        Enrolment neighbour = em.createQuery("""
                        SELECT e FROM Enrolment e WHERE e.course = :course AND e.status = :waitlisted
                        AND e.waitlistRank""" + (up ? " < :rank ORDER BY e.waitlistRank DESC" : " > :rank ORDER BY e.waitlistRank"),
                        Enrolment.class)
                .setParameter("course", enrolment.getCourse())
                .setParameter("waitlisted", EnrolmentStatus.WAITLISTED)
                .setParameter("rank", enrolment.getWaitlistRank())
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        if (neighbour == null) {
            return;
        }
        long mine = enrolment.getWaitlistRank();
        long theirs = neighbour.getWaitlistRank();
        enrolment.rankAt(-mine);
        em.flush();
        neighbour.rankAt(mine);
        em.flush();
        enrolment.rankAt(theirs);
        record(enrolment, EnrolmentStatus.WAITLISTED, reason);
    }

    private Course course(String code) {
        return em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new CourseNotFoundException(code));
    }

    private Enrolment get(long id) {
        Enrolment enrolment = em.find(Enrolment.class, id);
        if (enrolment == null) {
            throw new EnrolmentNotFoundException();
        }
        return enrolment;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new EnrolmentRefusedException("enrolment.list.reason-required");
        }
        if (reason.strip().length() > EnrolmentEvent.REASON_MAX) {
            throw new EnrolmentRefusedException("enrolment.list.reason-too-long", EnrolmentEvent.REASON_MAX);
        }
    }

    private void record(Enrolment enrolment, EnrolmentStatus from, String reason) {
        em.persist(new EnrolmentEvent(enrolment, from, callers.me(), reason, DanishTime.now()));
    }
}
