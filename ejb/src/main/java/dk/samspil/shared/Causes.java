package dk.samspil.shared;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Searches an exception and everything it carries: its causes, the exceptions suppressed on the
 * way (Narayana adds the resource's failure to a failed commit that way) and a batch's next
 * exceptions, each once, so that a cause that refers back to an earlier one ends the search.
 */
public final class Causes {

    private Causes() {
    }

    public static boolean anyMatch(Throwable thrown, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (thrown != null) {
            next.add(thrown);
        }
        while (!next.isEmpty()) {
            Throwable current = next.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (test.test(current)) {
                return true;
            }
            if (current instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
            if (current.getCause() != null) {
                next.add(current.getCause());
            }
            Collections.addAll(next, current.getSuppressed());
        }
        return false;
    }
}
