package dk.samspil.shared;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Rows of a native SQL query with positional parameters, each as an array even when it has one
 * column: for aggregates that JPQL cannot express (COUNT DISTINCT over CASE, ON DUPLICATE KEY …).
 */
public final class NativeRows {

    private NativeRows() {
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> of(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object>) query.getResultList()).stream()
                .map(row -> row instanceof Object[] array ? array : new Object[] {row})
                .toList();
    }
}
