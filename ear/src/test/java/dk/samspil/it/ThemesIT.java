package dk.samspil.it;

import dk.samspil.catalog.boundary.ThemeCodeTakenException;
import dk.samspil.catalog.boundary.ThemeRow;
import dk.samspil.catalog.boundary.Themes;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consultants keep the themes; nobody else may, and a code is never taken twice. */
class ThemesIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ThemesIT.class, AsConsultant.class, AsParticipant.class);
    }

    @Inject
    Themes themes;

    @Inject
    AsConsultant asConsultant;

    @Inject
    AsParticipant asParticipant;

    private ThemeRow row(String code) throws Exception {
        return asConsultant.call(() -> themes.findAll()).stream()
                .filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aConsultantAddsRenamesRetiresAndReinstatesATheme() throws Exception {
        String code = "it-" + TestDatabase.unique();
        asConsultant.call(() -> {
            themes.create(code, "Skolens timebank", "The school's time bank");
            return null;
        });
        assertEquals(new ThemeRow(code, "Skolens timebank", "The school's time bank", true, 0), row(code));

        asConsultant.call(() -> {
            themes.rename(code, "Timebanken", "The time bank");
            themes.retire(code);
            return null;
        });
        assertEquals("Timebanken", row(code).nameDa());
        assertFalse(row(code).active());

        asConsultant.call(() -> {
            themes.reinstate(code);
            return null;
        });
        assertTrue(row(code).active());
    }

    @Test
    void aCodeIsNeverTakenTwice() throws Exception {
        String code = "it-" + TestDatabase.unique();
        asConsultant.call(() -> {
            themes.create(code, "Første", "First");
            return null;
        });
        assertThrows(ThemeCodeTakenException.class, () -> asConsultant.call(() -> {
            themes.create(code, "Anden", "Second");
            return null;
        }));
        assertEquals("Første", row(code).nameDa());
    }

    @Test
    void onlyConsultantsKeepThemes() {
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> themes.findAll()));
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> {
            themes.create("it-" + TestDatabase.unique(), "Ulovlig", "Forbidden");
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> themes.findAll());
    }
}
