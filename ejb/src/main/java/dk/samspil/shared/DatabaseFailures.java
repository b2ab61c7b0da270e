package dk.samspil.shared;

import jakarta.resource.ResourceException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach MariaDB (refused, timed out, or the pool could not get a connection:
 * IronJacamar's {@link ResourceException}) from any other failure.
 */
public final class DatabaseFailures {

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseFailures() {
    }

    public static boolean unreachable(Throwable thrown) {
        return Causes.anyMatch(thrown, DatabaseFailures::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof ConnectException
                || cause instanceof SocketTimeoutException || cause instanceof ResourceException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_EXCEPTION);
    }

    /** The innermost cause's type and message: enough for one log line. */
    public static String describe(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
