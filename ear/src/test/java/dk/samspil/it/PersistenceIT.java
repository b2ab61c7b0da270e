package dk.samspil.it;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CatalogSearch;
import dk.samspil.catalog.entity.CourseNotFoundException;
import dk.samspil.enrolment.entity.EnrolmentStatus;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EclipseLink, the Flyway schema and the catalogue queries against the real MariaDB. */
class PersistenceIT extends InContainerTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PersistenceIT.class, EnrolmentWriter.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    EnrolmentWriter writer;


    @Test
    void eclipseLinkIsThePersistenceProvider() {
        assertTrue(writer.providerClassName().startsWith("org.eclipse.persistence."), writer.providerClassName());
    }

    /** Galera replicates rows by their key: a table without one cannot be replicated safely. */
    @Test
    void everyTableHasAPrimaryKeyAndIsInnoDb() throws SQLException {
        List<String> without = new ArrayList<>();
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("""
                     SELECT t.table_name, t.engine FROM information_schema.tables t
                     WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                       AND (t.engine <> 'InnoDB' OR NOT EXISTS (
                           SELECT 1 FROM information_schema.table_constraints c
                           WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                             AND c.constraint_type = 'PRIMARY KEY'))""")) {
            while (rows.next()) {
                without.add(rows.getString(1) + " (" + rows.getString(2) + ")");
            }
        }
        assertTrue(without.isEmpty(), "tables without a primary key, or not InnoDB: " + without);
    }

    @Test
    void migrationsBuiltTheSchemaWithoutDemoData() throws SQLException {
        List<String> applied = new ArrayList<>();
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery(
                     "SELECT version, description, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rows.next()) {
                assertTrue(rows.getBoolean("success"), rows.getString("description"));
                applied.add(rows.getString("version") + " " + rows.getString("description"));
            }
        }
        assertTrue(applied.contains("0001 people create organisation"), applied.toString());
        assertTrue(applied.contains("0005 enrolment create enrolments"), applied.toString());
        assertFalse(applied.stream().anyMatch(row -> row.contains("demo")), applied.toString());
    }

    @Test
    void seatsAreTakenByConfirmedAndCompletedEnrolmentsOnly() {
        var course = db.course("PUBLISHED", 4);
        db.enrol(course, db.account("Anne", null, "PARTICIPANT"), "CONFIRMED");
        db.enrol(course, db.account("Bo", null, "PARTICIPANT"), "COMPLETED");
        db.enrol(course, db.account("Carl", null, "PARTICIPANT"), "WAITLISTED");
        db.enrol(course, db.account("Dina", null, "PARTICIPANT"), "WITHDRAWN");

        var details = catalog.getPublishedCourse(course.code(), DANISH);
        assertEquals(2, details.seatsLeft());
        assertEquals(1, details.waitingList());
        assertEquals(course.titleDa(), details.title());
        assertEquals(1, details.modules().size());
        assertEquals(1, details.modules().get(0).sessions().size());

        var row = catalog.search(byTitle(course), Locale.ENGLISH).rows().stream()
                .filter(r -> r.code().equals(course.code())).findFirst().orElseThrow();
        assertEquals(course.titleEn(), row.title());
        assertEquals(2, row.seatsTaken());
        assertEquals(2, row.seatsLeft());
    }

    @Test
    void draftsAreNotInTheCatalogue() {
        var draft = db.course("DRAFT", 10);
        assertThrows(CourseNotFoundException.class, () -> catalog.getPublishedCourse(draft.code(), DANISH));
        assertEquals(0, catalog.search(byTitle(draft), DANISH).total());
    }

    private static CatalogSearch byTitle(TestDatabase.Course course) {
        return new CatalogSearch(course.titleDa(), null, null, null, null, null, null, false, 0);
    }

    @Test
    void aPersonHasAtMostOneActiveEnrolmentPerCourse() {
        var course = db.course("PUBLISHED", 10);
        String email = db.account("Eva", null, "PARTICIPANT");
        writer.enrol(course.code(), email, EnrolmentStatus.CONFIRMED);

        assertThrows(EJBException.class, () -> writer.enrol(course.code(), email, EnrolmentStatus.WAITLISTED));

        db.enrol(course, email, "WITHDRAWN");
        var otherCourse = db.course("PUBLISHED", 10);
        assertDoesNotThrow(() -> writer.enrol(otherCourse.code(), email, EnrolmentStatus.CONFIRMED));
    }
}
