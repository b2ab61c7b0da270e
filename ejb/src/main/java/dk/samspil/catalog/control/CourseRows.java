package dk.samspil.catalog.control;

import dk.samspil.catalog.boundary.CourseRow;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import dk.samspil.shared.LocalizedText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds course list rows with two statements whatever the page size: one for the courses with
 * their session span, one for the seats taken on exactly those courses.
 */
@Dependent
public class CourseRows {

    @PersistenceContext
    EntityManager em;

    public List<CourseRow> find(Set<CourseStatus> statuses, int firstResult, int maxResults, Locale locale) {
        List<Object[]> courses = em.createQuery("""
                        SELECT c.id, c.code, c.title.da, c.title.en, t.name.da, t.name.en, c.ects, c.place, c.status,
                               MIN(s.startsAt) AS firstStart, MAX(s.endsAt), c.maxParticipants
                        FROM Course c JOIN c.theme t LEFT JOIN c.modules m LEFT JOIN m.sessions s
                        WHERE c.status IN :statuses
                        GROUP BY c.id, c.code, c.title.da, c.title.en, t.name.da, t.name.en, c.ects, c.place,
                                 c.status, c.maxParticipants
                        ORDER BY firstStart, c.code""", Object[].class)
                .setParameter("statuses", statuses)
                .setFirstResult(firstResult)
                .setMaxResults(maxResults)
                .getResultList();
        Map<Long, Long> taken = seatsTaken(courses.stream().map(row -> (Long) row[0]).toList());
        return courses.stream().map(row -> {
            long seats = taken.getOrDefault((Long) row[0], 0L);
            int max = (Integer) row[11];
            return new CourseRow((String) row[1], LocalizedText.pick((String) row[2], (String) row[3], locale),
                    LocalizedText.pick((String) row[4], (String) row[5], locale), (Integer) row[6], (String) row[7],
                    (CourseStatus) row[8], (LocalDateTime) row[9], (LocalDateTime) row[10], max, seats,
                    Course.seatsLeft(max, seats));
        }).toList();
    }

    public Map<Long, Long> seatsTaken(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        SELECT e.course.id, COUNT(e) FROM Enrolment e
                        WHERE e.course.id IN :ids AND e.status IN :seatHolding
                        GROUP BY e.course.id""", Object[].class)
                .setParameter("ids", courseIds)
                .setParameter("seatHolding", EnrolmentStatus.SEAT_HOLDING)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
