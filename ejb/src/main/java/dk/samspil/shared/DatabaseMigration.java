package dk.samspil.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at deployment, before anything uses JPA. A failing migration
 * throws, which fails the deployment: the application never runs on a schema it does not know.
 * Demo data is a separate location, switched on only by the run setup.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    static final String DEMO_DATA_PROPERTY = "samspil.demo-data";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/SamspilDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations().toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " after " + result.migrationsExecuted + " migration(s)");
    }

    static List<String> locations() {
        var locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (Boolean.getBoolean(DEMO_DATA_PROPERTY)) {
            locations.add("classpath:db/demo");
        }
        return locations;
    }
}
