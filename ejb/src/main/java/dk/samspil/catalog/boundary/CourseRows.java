package dk.samspil.catalog.boundary;

import dk.samspil.catalog.control.SeatCounts;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.shared.LocalizedText;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    public List<CourseRow> find(Set<CourseStatus> statuses, int firstResult, int maxResults, Locale locale) {
        return rows(new Filter("c.status IN :statuses", Map.of("statuses", statuses)), firstResult, maxResults,
                locale);
    }

    public CatalogPage search(CatalogSearch search, Locale locale) {
        Filter filter = Filter.of(search, seats);
        long total = filter.bind(em.createQuery(
                "SELECT COUNT(c) FROM Course c JOIN c.theme t WHERE " + filter.where(), Long.class)).getSingleResult();
        int first = search.page() * CatalogSearch.PAGE_SIZE;
        List<CourseRow> rows = total <= first ? List.of() : rows(filter, first, CatalogSearch.PAGE_SIZE, locale);
        return new CatalogPage(rows, total, search.page(), CatalogSearch.PAGE_SIZE);
    }

    private List<CourseRow> rows(Filter filter, int firstResult, int maxResults, Locale locale) {
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

    /** A JPQL condition over {@code c} (Course) and {@code t} (its theme) with its parameters. */
    record Filter(String where, Map<String, Object> parameters) {

        static Filter of(CatalogSearch search, SeatCounts seats) {
            var where = new StringBuilder("c.status = :published");
            var parameters = new HashMap<String, Object>();
            parameters.put("published", CourseStatus.PUBLISHED);
            if (search.text() != null) {
                // the column collation (utf8mb4_unicode_ci) makes this case- and accent-insensitive
                where.append(" AND (c.title.da LIKE :text ESCAPE '!' OR c.title.en LIKE :text ESCAPE '!'"
                        + " OR c.description.da LIKE :text ESCAPE '!' OR c.description.en LIKE :text ESCAPE '!')");
                parameters.put("text", "%" + likeEscaped(search.text()) + "%");
            }
            if (search.theme() != null) {
                where.append(" AND t.code = :theme");
                parameters.put("theme", search.theme());
            }
            if (search.targetGroup() != null) {
                where.append(" AND c.id IN (SELECT g.id FROM Course g JOIN g.targetGroups tg WHERE tg = :target)");
                parameters.put("target", search.targetGroup());
            }
            if (search.municipality() != null) {
                where.append(" AND c.municipality.code = :municipality");
                parameters.put("municipality", search.municipality());
            }
            if (search.from() != null || search.to() != null) {
                where.append(" AND EXISTS (SELECT p FROM CourseSession p WHERE p.module.course = c");
                if (search.from() != null) {
                    where.append(" AND p.startsAt >= :from");
                    parameters.put("from", search.from().atStartOfDay());
                }
                if (search.to() != null) {
                    where.append(" AND p.startsAt < :until");
                    parameters.put("until", search.to().plusDays(1).atStartOfDay());
                }
                where.append(")");
            }
            if (search.ects() != null) {
                where.append(" AND c.ects = :ects");
                parameters.put("ects", search.ects());
            }
            if (search.seatsLeft()) {
                SeatCounts.Condition free = seats.freeSeat("c");
                where.append(" AND ").append(free.jpql());
                parameters.putAll(free.parameters());
            }
            return new Filter(where.toString(), parameters);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }

        /** Makes the visitor's % and _ plain characters; '!' is the escape character. */
        static String likeEscaped(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
