package dk.samspil.health;

import java.sql.SQLException;
import java.sql.Statement;

/** What the readiness check and the application's database watch ask of a connection. */
public final class DatabaseState {

    private DatabaseState() {
    }

    /**
     * Whether the server behind a statement takes statements: any MariaDB that answers, except a
     * Galera node without quorum, which answers a ping and {@code SELECT 1} but refuses every table
     * ({@code wsrep_ready} OFF while {@code wsrep_on}; a server without Galera has it OFF too).
     */
    public static boolean takesStatements(Statement statement) throws SQLException {
        try (var galera = statement.executeQuery("SHOW GLOBAL VARIABLES LIKE 'wsrep_on'")) {
            if (!galera.next() || !"ON".equalsIgnoreCase(galera.getString(2))) {
                return true;
            }
        }
        try (var ready = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'wsrep_ready'")) {
            return ready.next() && "ON".equalsIgnoreCase(ready.getString(2));
        }
    }
}
