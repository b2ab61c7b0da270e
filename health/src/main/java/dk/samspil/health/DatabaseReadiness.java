package dk.samspil.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Ready only while MariaDB answers (asked on the probes' own pool, which requests never fill): a load
 * balancer then stops sending traffic during an outage.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/SamspilProbeDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(answers(dataSource)).build();
    }

    static boolean answers(DataSource dataSource) {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            return DatabaseState.takesStatements(statement);
        } catch (SQLException e) {
            return false;
        }
    }
}
