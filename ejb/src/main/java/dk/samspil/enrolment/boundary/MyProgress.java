package dk.samspil.enrolment.boundary;

import dk.samspil.enrolment.control.SubmittedReflections;
import dk.samspil.enrolment.entity.AttendanceStatus;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.enrolment.entity.Progress;
import dk.samspil.people.control.Callers;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.DanishTime;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a participant has next and how far they have come: their coming sessions across courses,
 * and for each course they are seated on and that has not ended, their progress toward completing
 * it. Always the caller's own; a constant number of statements whatever the number of courses.
 */
@Stateless
@RolesAllowed(Role.PARTICIPANT_NAME)
public class MyProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SubmittedReflections reflections;

    /** The caller's next sessions (not yet ended) on the courses they have a seat on, soonest first. */
    public List<UpcomingSession> upcomingSessions(Locale locale, int limit) {
        return em.createQuery("""
                        SELECT c.code, c.title.da, c.title.en, m.title.da, m.title.en, s.startsAt, s.endsAt, r.place, r.name
                        FROM CourseSession s JOIN s.module m JOIN m.course c JOIN s.room r
                        WHERE s.endsAt > :now AND c IN (SELECT e.course FROM Enrolment e
                                WHERE e.participant.email = :email AND e.status = :confirmed)
                        ORDER BY s.startsAt, c.code""", Object[].class)
                .setParameter("now", DanishTime.now())
                .setParameter("email", callers.myEmail())
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new UpcomingSession((String) row[0], LocalizedText.pick((String) row[1], (String) row[2], locale),
                        LocalizedText.pick((String) row[3], (String) row[4], locale), (LocalDateTime) row[5],
                        (LocalDateTime) row[6], (String) row[7], (String) row[8]))
                .toList();
    }

    /** Progress on each course the caller is confirmed on, by course code; five statements. */
    public Map<String, CourseProgress> progress(Locale locale) {
        long me = callers.me().getId();
        Map<Long, Object[]> enrolments = new HashMap<>();
        em.createQuery("""
                        SELECT c.id, e.id, c.code, c.minAttendancePercent FROM Enrolment e JOIN e.course c
                        WHERE e.participant.id = :me AND e.status = :confirmed""", Object[].class)
                .setParameter("me", me)
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
                .getResultStream()
                .forEach(row -> enrolments.put((Long) row[0], row));
        if (enrolments.isEmpty()) {
            return Map.of();
        }
        Set<Long> courses = enrolments.keySet();
        Map<Long, int[]> sessions = new HashMap<>();
        em.createQuery("""
                        SELECT s.module.course.id, COUNT(s), SUM(CASE WHEN s.startsAt < :now THEN 1 ELSE 0 END)
                        FROM CourseSession s WHERE s.module.course.id IN :courses GROUP BY s.module.course.id""", Object[].class)
                .setParameter("now", DanishTime.now())
                .setParameter("courses", courses)
                .getResultStream()
                .forEach(row -> sessions.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()}));
        Map<Long, Long> present = new HashMap<>();
        em.createQuery("""
                        SELECT a.enrolment.course.id, COUNT(a) FROM Attendance a
                        WHERE a.enrolment.participant.id = :me AND a.enrolment.status = :confirmed AND a.status = :present
                        GROUP BY a.enrolment.course.id""", Object[].class)
                .setParameter("me", me)
                .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
                .setParameter("present", AttendanceStatus.PRESENT)
                .getResultStream()
                .forEach(row -> present.put((Long) row[0], (Long) row[1]));
        Map<Long, List<MissingReflection>> required = new HashMap<>();
        em.createQuery("""
                        SELECT m.course.id, m.id, m.title.da, m.title.en FROM CourseModule m
                        WHERE m.course.id IN :courses AND m.reflectionRequired = TRUE ORDER BY m.position""", Object[].class)
                .setParameter("courses", courses)
                .getResultStream()
                .forEach(row -> required.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new MissingReflection((Long) row[1], LocalizedText.pick((String) row[2], (String) row[3], locale))));
        Set<Long> submitted = reflections.modulesSubmittedBy(me, courses);

        Map<String, CourseProgress> byCode = new HashMap<>();
        enrolments.forEach((course, row) -> {
            int[] counts = sessions.getOrDefault(course, new int[] {0, 0});
            List<MissingReflection> requiredHere = required.getOrDefault(course, List.of());
            List<MissingReflection> missing = requiredHere.stream().filter(m -> !submitted.contains(m.moduleId())).toList();
            long attended = Math.min(present.getOrDefault(course, 0L), counts[1]);
            byCode.put((String) row[2], new CourseProgress((String) row[2], new Progress(counts[0], counts[1], attended,
                    (Integer) row[3], requiredHere.size(), requiredHere.size() - missing.size()), missing));
        });
        return byCode;
    }
}
