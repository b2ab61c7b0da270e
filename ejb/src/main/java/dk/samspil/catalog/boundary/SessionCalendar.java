package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.people.entity.Role;
import dk.samspil.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The college's sessions over time, for planning: every session of every course that is not
 * cancelled between two days, optionally in one room, with its room and facilitators. Two
 * statements whatever the number of sessions (the sessions, then the facilitators of exactly those).
 */
@Stateless
@RolesAllowed(Role.CONSULTANT_NAME)
public class SessionCalendar {

    /** A month view at most: a longer span is cut to this many days. */
    public static final int DAYS_MAX = 42;

    @PersistenceContext
    EntityManager em;

    /** Each day from {@code from} until (not including) {@code until}, with its sessions. */
    public List<CalendarDay> days(LocalDate from, LocalDate until, Long roomId, Locale locale) {
        LocalDate end = until.isAfter(from.plusDays(DAYS_MAX)) ? from.plusDays(DAYS_MAX) : until;
        List<Object[]> rows = em.createQuery("""
                        SELECT s.id, c.code, c.title.da, c.title.en, c.status, m.title.da, m.title.en, s.startsAt, s.endsAt,
                               r.id, r.place, r.name
                        FROM CourseSession s JOIN s.module m JOIN m.course c JOIN s.room r
                        WHERE s.startsAt >= :from AND s.startsAt < :until AND c.status <> :cancelled
                          AND (:room IS NULL OR r.id = :room)
                        ORDER BY s.startsAt, r.place, r.name, c.code""", Object[].class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("until", end.atStartOfDay())
                .setParameter("cancelled", CourseStatus.CANCELLED)
                .setParameter("room", roomId)
                .getResultList();
        Map<Long, String> facilitators = facilitatorsOf(rows.stream().map(row -> (Long) row[0]).toList());
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        for (LocalDate day = from; day.isBefore(end); day = day.plusDays(1)) {
            byDay.put(day, new ArrayList<>());
        }
        for (Object[] row : rows) {
            LocalDateTime starts = (LocalDateTime) row[7];
            byDay.get(starts.toLocalDate()).add(new CalendarEntry((Long) row[0], (String) row[1],
                    LocalizedText.pick((String) row[2], (String) row[3], locale), (CourseStatus) row[4],
                    LocalizedText.pick((String) row[5], (String) row[6], locale), starts, (LocalDateTime) row[8],
                    (Long) row[9], row[10] + ", " + row[11], facilitators.getOrDefault((Long) row[0], "")));
        }
        return byDay.entrySet().stream().map(e -> new CalendarDay(e.getKey(), e.getValue())).toList();
    }

    /** The rooms in use, for the calendar's room filter. */
    public List<PlanningOptions.Option> rooms() {
        return em.createQuery("SELECT r.id, r.place, r.name FROM Room r WHERE r.active = TRUE ORDER BY r.place, r.name",
                        Object[].class)
                .getResultStream()
                .map(row -> new PlanningOptions.Option(String.valueOf(row[0]), row[1] + ", " + row[2]))
                .toList();
    }

    private Map<Long, String> facilitatorsOf(List<Long> sessions) {
        if (sessions.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> names = new HashMap<>();
        em.createQuery("""
                        SELECT s.id, a.displayName FROM CourseSession s JOIN s.facilitators a
                        WHERE s.id IN :sessions ORDER BY a.displayName""", Object[].class)
                .setParameter("sessions", sessions)
                .getResultStream()
                .forEach(row -> names.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return names.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    }
}
