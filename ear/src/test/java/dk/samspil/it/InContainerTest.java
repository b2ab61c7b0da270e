package dk.samspil.it;

import jakarta.annotation.Resource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;

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
}
