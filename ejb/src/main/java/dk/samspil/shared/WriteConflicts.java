package dk.samspil.shared;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * When a transaction that lost a write conflict runs again, and after how long.
 * <p>
 * A transaction loses a write conflict when MariaDB answers with a deadlock (error 1213, SQLSTATE
 * 40001): on one server when two transactions wait for each other's rows, and in a Galera cluster
 * also when another node committed a write to the same rows first, which the losing node learns
 * only when it certifies its own commit (or when that write aborts it midway). Nothing of the loser
 * was committed, so running it again as a whole is correct, provided it has no effect outside the
 * database before it commits (mails leave after commit or from the outbox). Run again at once, it
 * would likely meet the same winner, so it pauses first: doubling from {@link #firstPause()}, at most
 * {@link #longestPause()}, and a random half of that ("equal jitter"), so that losers spread out.
 *
 * @param attempts     how many times in all a transaction runs before its conflict is given to the caller
 * @param firstPause   the pause before the second attempt, before jitter
 * @param longestPause the longest pause, before jitter
 */
public record WriteConflicts(int attempts, Duration firstPause, Duration longestPause) {

    /**
     * What every transaction that a boundary begins gets: eight attempts, 10 ms doubling to 400 ms
     * (at most 1.4 s of pauses). Four were too few for 500 people enrolling on one course at once
     * through three Galera nodes: 12 of them lost every attempt.
     */
    public static final WriteConflicts STANDARD = new WriteConflicts(8, Duration.ofMillis(10), Duration.ofMillis(400));

    /** MariaDB's ER_LOCK_DEADLOCK, which Galera also gives a transaction that lost certification. */
    static final int DEADLOCK = 1213;
    /** SQLSTATE "serialization failure". */
    static final String SERIALIZATION_FAILURE = "40001";
    /** The words both MariaDB's and Galera's messages end with, for a cause whose code a wrapper dropped. */
    private static final String RESTART_ADVICE = "try restarting";

    public WriteConflicts {
        if (attempts < 1 || firstPause.isNegative() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("attempts >= 1 and 0 <= firstPause <= longestPause");
        }
    }

    /** Whether a transaction that failed with {@code thrown} on attempt {@code attempt} (1 is the first) runs again. */
    public boolean runAgain(int attempt, Throwable thrown) {
        return attempt < attempts && lost(thrown);
    }

    /** The pause after attempt {@code attempt} failed: {@code firstPause · 2^(attempt-1)}, capped, then a random half to all of it. */
    public Duration pauseAfter(int attempt, RandomGenerator random) {
        long first = firstPause.toMillis();
        long ceiling = longestPause.toMillis();
        long full = attempt >= 31 ? ceiling : Math.min(ceiling, first << Math.min(attempt - 1, 30));
        long half = full / 2;
        return Duration.ofMillis(half + (full - half == 0 ? 0 : random.nextLong(full - half + 1)));
    }

    /**
     * Whether {@code thrown} says its transaction lost a write conflict: anywhere among its causes
     * and suppressed exceptions (the container, the transaction manager, the pool and EclipseLink
     * each wrap the driver's exception in their own) a deadlock, by code, state or message.
     */
    public static boolean lost(Throwable thrown) {
        return Causes.anyMatch(thrown, WriteConflicts::isConflict);
    }

    private static boolean isConflict(Throwable thrown) {
        if (thrown instanceof SQLException sql
                && (sql.getErrorCode() == DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
            return true;
        }
        String message = thrown.getMessage() == null ? "" : thrown.getMessage().toLowerCase(Locale.ROOT);
        return message.contains(RESTART_ADVICE) && message.contains("deadlock");
    }
}
