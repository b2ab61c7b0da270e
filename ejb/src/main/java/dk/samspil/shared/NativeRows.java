package dk.samspil.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/**
 * Native SQL with positional parameters, for what JPQL cannot express (COUNT DISTINCT over CASE,
 * ON DUPLICATE KEY, DELETE with a join …): rows, each as an array even when it has one column; a
 * single count; or the rows an update touched.
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

    private static Query bound(EntityManager em, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
