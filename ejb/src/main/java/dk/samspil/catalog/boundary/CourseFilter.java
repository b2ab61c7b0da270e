package dk.samspil.catalog.boundary;

import dk.samspil.catalog.control.SeatCounts;
import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseStatus;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.Map;

/** A JPQL condition over {@code c} (Course) and {@code t} (its theme) with its parameters. */
record CourseFilter(String where, Map<String, Object> parameters) {

    static CourseFilter of(CatalogSearch search, SeatCounts seats) {
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
        return new CourseFilter(where.toString(), parameters);
    }

    /** A consultant's search: every status they ask for, drafts included. */
    static CourseFilter of(PlanningQuery query) {
        var where = new StringBuilder("c.status IN :statuses");
        var parameters = new HashMap<String, Object>();
        parameters.put("statuses", query.statuses());
        if (query.text() != null) {
            where.append(" AND (c.code LIKE :text ESCAPE '!' OR c.title.da LIKE :text ESCAPE '!' OR c.title.en LIKE :text ESCAPE '!')");
            parameters.put("text", "%" + likeEscaped(query.text()) + "%");
        }
        if (query.semester() != null) {
            where.append(" AND c.period.startsOn >= :from AND c.period.startsOn < :until");
            parameters.put("from", query.semester().from());
            parameters.put("until", query.semester().until());
        }
        return new CourseFilter(where.toString(), parameters);
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
