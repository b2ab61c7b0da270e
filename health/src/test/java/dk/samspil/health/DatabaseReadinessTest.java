package dk.samspil.health;

import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertFalse;

class DatabaseReadinessTest {

    @Test
    void notReadyWhileTheDatabaseIsUnreachable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + closedPort + "/samspil?connectTimeout=500");
        assertFalse(DatabaseReadiness.answers(unreachable));
    }
}
