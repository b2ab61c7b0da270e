package dk.samspil.enrolment.boundary;

import dk.samspil.catalog.control.CourseLock;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.enrolment.control.Completions;
import dk.samspil.enrolment.entity.Attendance;
import dk.samspil.enrolment.entity.AttendanceStatus;
import dk.samspil.enrolment.entity.Enrolment;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The attendance register of a session, kept by a consultant or by one of the session's own
 * facilitators (a partner's contact sees the register only of sessions they teach).
 */
@Stateless
@RolesAllowed({Role.CONSULTANT_NAME, Role.PARTNER_NAME})
public class Attendances {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    Completions completions;

    @Inject
    CourseLock courseLock;

    /** Three statements: the session, the seated participants, and what is registered. */
    public AttendanceSheet getSheet(long sessionId, Locale locale) {
        CourseSession session = allowed(sessionId);
        Map<Long, AttendanceStatus> registered = registered(session).stream()
                .collect(Collectors.toMap(a -> a.getEnrolment().getId(), Attendance::getStatus));
        List<AttendanceSheet.Line> lines = seated(session).stream()
                .map(e -> new AttendanceSheet.Line(e.getId(), e.getParticipant().getDisplayName(), registered.get(e.getId())))
                .toList();
        var course = session.getModule().getCourse();
        return new AttendanceSheet(session.getId(), course.getCode(), LocalizedText.in(course.getTitle(), locale),
                LocalizedText.in(session.getModule().getTitle(), locale), session.getStartsAt(),
                session.getRoom().getLabel(), lines);
    }

    /**
     * Saves the whole register at once; people not in it are left as they were. Whoever now meets the
     * course's completion rule is completed, so the course is locked first.
     */
    public void register(long sessionId, Map<Long, AttendanceStatus> statuses) {
        em.createQuery("SELECT s.module.course.code FROM CourseSession s WHERE s.id = :id", String.class)
                .setParameter("id", sessionId)
                .getResultStream().findFirst()
                .ifPresent(courseLock::lock);
        CourseSession session = allowed(sessionId);
        Account me = callers.me();
        LocalDateTime now = DanishTime.now();
        Map<Long, Attendance> existing = registered(session).stream()
                .collect(Collectors.toMap(a -> a.getEnrolment().getId(), Function.identity()));
        Map<Long, Enrolment> seated = seated(session).stream().collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        statuses.forEach((enrolmentId, status) -> {
            if (status == null) {
                return;
            }
            Enrolment enrolment = seated.get(enrolmentId);
            if (enrolment == null) {
                throw new EnrolmentNotFoundException();
            }
            keep(existing.get(enrolmentId), session, enrolment, status, me, now);
        });
        em.flush();
        completions.completeWhereMet(session.getModule().getCourse());
    }

    /** A course's whole attendance for its consultants: three statements whatever its size. */
    @RolesAllowed(Role.CONSULTANT_NAME)
    public AttendanceGrid getGrid(String courseCode, Locale locale) {
        Course course = courseOf(courseCode);
        List<CourseSession> sessions = em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m WHERE m.course = :course
                        ORDER BY s.startsAt, m.position""", CourseSession.class)
                .setParameter("course", course)
                .getResultList();
        Map<Long, Map<Long, AttendanceStatus>> registered = new HashMap<>();
        registeredOn(course).forEach(a -> registered.computeIfAbsent(a.getEnrolment().getId(), k -> new HashMap<>())
                .put(a.getSession().getId(), a.getStatus()));
        List<AttendanceGrid.Row> people = seated(course).stream()
                .map(e -> new AttendanceGrid.Row(e.getId(), e.getParticipant().getDisplayName(),
                        registered.getOrDefault(e.getId(), Map.of())))
                .toList();
        return new AttendanceGrid(course.getCode(), LocalizedText.in(course.getTitle(), locale),
                sessions.stream().map(s -> new AttendanceGrid.Column(s.getId(), s.getStartsAt(),
                        LocalizedText.in(s.getModule().getTitle(), locale))).toList(), people);
    }

    /**
     * Saves a course's whole attendance at once (session id → enrolment id → status; a null status
     * leaves that cell as it was), then completes whoever now meets the rule; the course is locked
     * first, and a session or person not of this course refuses the whole save.
     */
    @RolesAllowed(Role.CONSULTANT_NAME)
    public void registerAll(String courseCode, Map<Long, Map<Long, AttendanceStatus>> statuses) {
        Course course = courseLock.lock(courseCode);
        Map<Long, CourseSession> sessions = em.createQuery(
                        "SELECT s FROM CourseSession s WHERE s.module.course = :course", CourseSession.class)
                .setParameter("course", course)
                .getResultStream().collect(Collectors.toMap(CourseSession::getId, Function.identity()));
        Map<Long, Enrolment> seated = seated(course).stream().collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        Map<List<Long>, Attendance> existing = registeredOn(course).stream()
                .collect(Collectors.toMap(a -> List.of(a.getSession().getId(), a.getEnrolment().getId()), Function.identity()));
        Account me = callers.me();
        LocalDateTime now = DanishTime.now();
        statuses.forEach((sessionId, column) -> column.forEach((enrolmentId, status) -> {
            CourseSession session = sessions.get(sessionId);
            Enrolment enrolment = seated.get(enrolmentId);
            if (session == null || enrolment == null) {
                throw new EnrolmentNotFoundException();
            }
            if (status == null) {
                return;
            }
            keep(existing.get(List.of(sessionId, enrolmentId)), session, enrolment, status, me, now);
        }));
        em.flush();
        completions.completeWhereMet(course);
    }

    /** A new attendance is registered before it is stored (its checks need the status); a known one changes. */
    private void keep(Attendance known, CourseSession session, Enrolment enrolment, AttendanceStatus status,
                        Account by, LocalDateTime at) {
        if (known != null) {
            known.register(status, by, at);
            return;
        }
        Attendance attendance = new Attendance(session, enrolment);
        attendance.register(status, by, at);
        em.persist(attendance);
    }

    private List<Attendance> registeredOn(Course course) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.session.module.course = :course", Attendance.class)
                .setParameter("course", course)
                .getResultList();
    }

    private Course courseOf(String code) {
        return em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(EnrolmentNotFoundException::new);
    }

    private List<Enrolment> seated(CourseSession session) {
        return seated(session.getModule().getCourse());
    }

    private List<Enrolment> seated(Course course) {
        return em.createQuery("""
                        SELECT e FROM Enrolment e JOIN FETCH e.participant a
                        WHERE e.course = :course AND e.status IN :seated ORDER BY a.displayName""", Enrolment.class)
                .setParameter("course", course)
                .setParameter("seated", EnrolmentStatus.SEATED)
                .getResultList();
    }

    private List<Attendance> registered(CourseSession session) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.session = :session", Attendance.class)
                .setParameter("session", session)
                .getResultList();
    }

    /** A consultant may keep any register; anyone else only those of sessions they facilitate. */
    private CourseSession allowed(long sessionId) {
        CourseSession session = em.createQuery("""
                        SELECT s FROM CourseSession s JOIN FETCH s.module m JOIN FETCH m.course JOIN FETCH s.room
                        WHERE s.id = :id""", CourseSession.class)
                .setParameter("id", sessionId)
                .getResultStream().findFirst()
                .orElseThrow(EnrolmentNotFoundException::new);
        if (!context.isCallerInRole(Role.CONSULTANT_NAME)
                && session.getFacilitators().stream().noneMatch(f -> f.getEmail().equals(callers.myEmail()))) {
            throw new EnrolmentNotFoundException();
        }
        return session;
    }
}
