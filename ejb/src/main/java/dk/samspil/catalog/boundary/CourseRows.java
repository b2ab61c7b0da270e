package dk.samspil.catalog.boundary;

import dk.samspil.catalog.control.SeatCounts;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.shared.LocalizedText;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Course list rows in at most three statements whatever the page size: how many match, the page
 * of courses (sorted by their stored period, so by an index), and the seats taken on exactly those
 * courses.
 */
@Dependent
public class CourseRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    SeatCounts seats;

    public CatalogPage search(CatalogSearch search, Locale locale) {
        CourseFilter filter = CourseFilter.of(search, seats);
        long total = filter.bind(em.createQuery(
                "SELECT COUNT(c) FROM Course c JOIN c.theme t WHERE " + filter.where(), Long.class)).getSingleResult();
        int first = search.page() * CatalogSearch.PAGE_SIZE;
        List<CourseRow> rows = total <= first ? List.of() : rows(filter, first, CatalogSearch.PAGE_SIZE, locale);
        return new CatalogPage(rows, total, search.page(), CatalogSearch.PAGE_SIZE);
    }

    /** A page of the consultant's list, {@code pageSize} at a time; three statements. */
    public CatalogPage plan(PlanningQuery query, int pageSize, Locale locale) {
        CourseFilter filter = CourseFilter.of(query);
        long total = filter.bind(em.createQuery(
                "SELECT COUNT(c) FROM Course c JOIN c.theme t WHERE " + filter.where(), Long.class)).getSingleResult();
        int first = query.page() * pageSize;
        List<CourseRow> rows = total <= first ? List.of() : rows(filter, first, pageSize, locale);
        return new CatalogPage(rows, total, query.page(), pageSize);
    }

    private List<CourseRow> rows(CourseFilter filter, int firstResult, int maxResults, Locale locale) {
        List<Object[]> courses = filter.bind(em.createQuery("""
                        SELECT c.id, c.code, c.title.da, c.title.en, t.name.da, t.name.en, c.ects, c.place, c.status,
                               c.period.firstSessionAt, c.period.lastSessionAt, c.enrolmentTerms.maxParticipants
                        FROM Course c JOIN c.theme t
                        WHERE\s""" + filter.where() + " ORDER BY c.period.firstSessionAt, c.code", Object[].class))
                .setFirstResult(firstResult)
                .setMaxResults(maxResults)
                .getResultList();
        Map<Long, Long> taken = seats.taken(courses.stream().map(row -> (Long) row[0]).toList());
        return courses.stream().map(row -> {
            long seats = taken.getOrDefault((Long) row[0], 0L);
            int max = (Integer) row[11];
            return new CourseRow((String) row[1], LocalizedText.pick((String) row[2], (String) row[3], locale),
                    LocalizedText.pick((String) row[4], (String) row[5], locale), (Integer) row[6], (String) row[7],
                    (CourseStatus) row[8], (LocalDateTime) row[9], (LocalDateTime) row[10], max, seats,
                    Course.seatsLeft(max, seats));
        }).toList();
    }

}
