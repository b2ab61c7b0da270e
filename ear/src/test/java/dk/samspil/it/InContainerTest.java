package dk.samspil.it;

import jakarta.annotation.Resource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * A test that runs inside WildFly next to the EJBs it calls, with the application's own
 * datasource to make its rows through {@link #db}. Subclasses deploy with
 * {@link Deployments#applicationWithTests}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class InContainerTest {

    @Resource(lookup = "java:jboss/datasources/SamspilDS")
    DataSource dataSource;

    protected TestDatabase db;

    @BeforeEach
    void connectTestDatabase() {
        db = new TestDatabase(dataSource::getConnection);
    }

    /** The fewest statements MariaDB counted for the call over three runs (other activity only adds). */
    protected long statementsOf(Runnable call) throws SQLException {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = statementCounter();
            call.run();
            fewest = Math.min(fewest, statementCounter() - before);
        }
        return fewest;
    }

    private long statementCounter() throws SQLException {
        try (var connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery("""
                     SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS
                     WHERE VARIABLE_NAME IN ('COM_SELECT', 'COM_INSERT', 'COM_UPDATE', 'COM_DELETE')""")) {
            result.next();
            return result.getLong(1);
        }
    }
}
