package dk.samspil.shared;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteConflictsTest {

    private static final WriteConflicts RULES = WriteConflicts.STANDARD;

    /** What Galera's certification failure looks like when the commit fails inside the container. */
    private static Throwable lostCertificationAtCommit() {
        var driver = new SQLTransactionRollbackException(
                "(conn=12) Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        XAException xa = new XAException(XAException.XA_RBROLLBACK);
        xa.initCause(new jakarta.resource.ResourceException("Could not commit local transaction", driver));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        return new EJBTransactionRolledbackException("Transaction rolled back", rollback);
    }

    @Test
    void aDeadlockOrALostCertificationIsAConflictWhereverItIsWrapped() {
        assertTrue(WriteConflicts.lost(lostCertificationAtCommit()));
        assertTrue(WriteConflicts.lost(new PersistenceException(new SQLException("Deadlock found", "40001", 1213))));
        // Galera aborting a transaction midway (brute force abort) answers its next statement with the same code.
        assertTrue(WriteConflicts.lost(new SQLException("WSREP detected deadlock/conflict", "HY000", 1213)));
        assertTrue(WriteConflicts.lost(new SQLException("serialization failure", "40001", 0)));
        SQLException batch = new SQLException("batch failed", "HY000", 0);
        batch.setNextException(new SQLException("deadlock", "40001", 1213));
        assertTrue(WriteConflicts.lost(batch));
        // A wrapper that kept the message and dropped the code.
        assertTrue(WriteConflicts.lost(new IllegalStateException(
                "Deadlock found when trying to get lock; try restarting transaction")));
    }

    @Test
    void aBrokenRuleAVersionConflictAnOutageOrABugIsNot() {
        assertFalse(WriteConflicts.lost(new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23000", 1062))));
        // Someone else changed what the person edited: theirs to see, not to be overwritten by a rerun.
        assertFalse(WriteConflicts.lost(new OptimisticLockException("changed meanwhile")));
        assertFalse(WriteConflicts.lost(new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205)));
        // A node without quorum: an outage (503), not a conflict to retry.
        assertFalse(WriteConflicts.lost(new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047)));
        assertFalse(WriteConflicts.lost(new IllegalStateException("bug")));
        assertFalse(WriteConflicts.lost(null));
    }

    @Test
    void aCauseThatRefersToItselfEndsTheSearch() {
        RuntimeException loop = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", loop);
        loop.initCause(inner);
        assertFalse(WriteConflicts.lost(loop));
    }

    @Test
    void aLostConflictRunsAgainUntilTheAttemptsAreSpent() {
        Throwable conflict = lostCertificationAtCommit();
        assertTrue(RULES.runAgain(1, conflict));
        assertTrue(RULES.runAgain(7, conflict));
        assertFalse(RULES.runAgain(8, conflict), "the eighth attempt's conflict goes to the caller");
        assertFalse(RULES.runAgain(1, new IllegalStateException("bug")));
        assertFalse(new WriteConflicts(1, Duration.ZERO, Duration.ZERO).runAgain(1, conflict));
    }

    @Test
    void thePauseDoublesUpToTheLongestAndKeepsAtLeastHalfOfIt() {
        RandomGenerator none = fixed(0);
        RandomGenerator all = fixed(Long.MAX_VALUE);
        assertEquals(Duration.ofMillis(5), RULES.pauseAfter(1, none));
        assertEquals(Duration.ofMillis(10), RULES.pauseAfter(1, all));
        assertEquals(Duration.ofMillis(20), RULES.pauseAfter(2, all));
        assertEquals(Duration.ofMillis(40), RULES.pauseAfter(3, all));
        assertEquals(Duration.ofMillis(160), RULES.pauseAfter(5, all));
        assertEquals(Duration.ofMillis(320), RULES.pauseAfter(6, all));
        assertEquals(Duration.ofMillis(400), RULES.pauseAfter(7, all));
        assertEquals(Duration.ofMillis(400), RULES.pauseAfter(40, all));
        assertEquals(Duration.ofMillis(200), RULES.pauseAfter(40, none));
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            long pause = RULES.pauseAfter(2, random).toMillis();
            assertTrue(pause >= 10 && pause <= 20, pause + " ms");
        }
    }

    @Test
    void rulesThatCouldNotRunOnceAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WriteConflicts(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new WriteConflicts(2, Duration.ofMillis(20), Duration.ofMillis(10)));
    }

    /** A generator whose bounded draws are always the lowest ({@code 0}) or the highest value allowed. */
    private static RandomGenerator fixed(long value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public long nextLong(long bound) {
                return Math.min(value, bound - 1);
            }
        };
    }
}
