package dk.samspil.it;

import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.shared.RetriedOnConflict;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A transaction that loses a write conflict runs again as a whole, once the container has rolled it
 * back, and only the invocation that began it runs again. The conflict here is a real InnoDB
 * deadlock (two transactions take two courses' locks in opposite orders): MariaDB answers one of
 * them with the same error (1213) that a Galera node gives a transaction that lost certification
 * ({@code ops/galera-check.sh} races across three nodes).
 */
class WriteConflictsIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(WriteConflictsIT.class, TwoCourses.class);
    }

    @EJB
    TwoCourses twoCourses;

    private long lockCount(TestDatabase.Course course) {
        return ((Number) db.value("SELECT lock_count FROM course WHERE id = ?", course.id())).longValue();
    }

    @Test
    void theLoserOfADeadlockRunsAgainAsAWholeAndBothSucceed() throws Exception {
        TestDatabase.Course a = db.course("PUBLISHED", 10);
        TestDatabase.Course b = db.course("PUBLISHED", 10);
        var bothHoldOne = new CountDownLatch(2);
        var runs = new AtomicInteger();
        long retriesBefore = RetriedOnConflict.retries();

        List<Object> results = Race.of(List.<Callable<Object>>of(
                () -> {
                    twoCourses.lockBoth(a.code(), b.code(), bothHoldOne, runs);
                    return "a then b";
                },
                () -> {
                    twoCourses.lockBoth(b.code(), a.code(), bothHoldOne, runs);
                    return "b then a";
                }));

        assertEquals(List.of("a then b", "b then a"), results, "both callers succeed");
        assertEquals(3, runs.get(), "the deadlock's loser ran twice");
        assertEquals(1, RetriedOnConflict.retries() - retriesBefore);
        // The loser's first run was rolled back whole: each course was locked once per committed run.
        assertEquals(2, lockCount(a));
        assertEquals(2, lockCount(b));
    }

    @Test
    void aNestedInvocationLeavesTheConflictToTheOneThatBeganTheTransaction() throws Exception {
        TestDatabase.Course a = db.course("PUBLISHED", 10);
        TestDatabase.Course b = db.course("PUBLISHED", 10);
        var bothHoldOne = new CountDownLatch(2);
        var runs = new AtomicInteger();
        var outerRuns = new AtomicInteger();

        Race.of(List.<Callable<Object>>of(
                () -> {
                    twoCourses.lockBothInOne(a.code(), b.code(), bothHoldOne, runs, outerRuns);
                    return null;
                },
                () -> {
                    twoCourses.lockBothInOne(b.code(), a.code(), bothHoldOne, runs, outerRuns);
                    return null;
                }));

        assertEquals(3, outerRuns.get(), "the outer invocation ran again");
        assertEquals(3, runs.get(), "the inner one only as part of it");
        assertEquals(2, lockCount(a));
        assertEquals(2, lockCount(b));
    }

    @Test
    void anythingElseReachesTheCallerAtOnce() {
        var runs = new AtomicInteger();
        assertThrows(CourseNotFoundException.class, () -> twoCourses.lockBoth("NO-SUCH-COURSE-" + TestDatabase.unique(),
                "NO-SUCH-COURSE", new CountDownLatch(0), runs));
        assertEquals(1, runs.get());
    }
}
