package dk.samspil.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Native SQL with positional parameters, for what JPQL cannot express (COUNT DISTINCT over CASE,
 * ON DUPLICATE KEY, DELETE with a join …): rows, each as an array even when it has one column; a
 * single count; or the rows an update touched. An enum is bound by its name; a collection (native
 * SQL has no collection parameter) as its elements, one after the other, where {@link #in} wrote
 * its placeholders: {@code "status IN " + in(SEAT_HOLDING)}.
 */
public final class NativeRows {

    private NativeRows() {
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> of(EntityManager em, String sql, Object... parameters) {
        return ((List<Object>) bound(em, sql, parameters).getResultList()).stream()
                .map(row -> row instanceof Object[] array ? array : new Object[] {row})
                .toList();
    }

    /** The single number a native COUNT or SUM answers. */
    public static long count(EntityManager em, String sql, Object... parameters) {
        return ((Number) bound(em, sql, parameters).getSingleResult()).longValue();
    }

    /** Runs a native INSERT, UPDATE or DELETE and returns how many rows it touched. */
    public static int update(EntityManager em, String sql, Object... parameters) {
        return bound(em, sql, parameters).executeUpdate();
    }

    /** "(?, ?, ?)": the placeholders of a collection bound as its elements. */
    public static String in(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("IN () is not SQL");
        }
        return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
    }

    private static Query bound(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        int position = 0;
        for (Object parameter : parameters) {
            for (Object value : parameter instanceof Collection<?> values ? values : Collections.singletonList(parameter)) {
                query.setParameter(++position, value instanceof Enum<?> constant ? constant.name() : value);
            }
        }
        return query;
    }
}
