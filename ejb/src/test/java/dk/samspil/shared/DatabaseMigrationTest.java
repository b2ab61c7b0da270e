package dk.samspil.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseMigrationTest {

    @AfterEach
    void forgetDemoSwitch() {
        System.clearProperty(DatabaseMigration.DEMO_DATA_PROPERTY);
    }

    @Test
    void schemaOnlyUnlessDemoDataIsAskedFor() {
        assertEquals(List.of("classpath:db/migration"), DatabaseMigration.locations());
    }

    @Test
    void demoDataComesAfterTheSchemaWhenAskedFor() {
        System.setProperty(DatabaseMigration.DEMO_DATA_PROPERTY, "true");
        assertEquals(List.of("classpath:db/migration", "classpath:db/demo"), DatabaseMigration.locations());
    }
}
