package dk.samspil.it;

import dk.samspil.people.control.FirstAdministrator;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On a database without an administrator, the configured address becomes one and is mailed a link; never again after. */
class FirstAdministratorIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(FirstAdministratorIT.class);
    }

    @Inject
    FirstAdministrator first;

    @Test
    void theConfiguredAddressBecomesTheFirstAdministratorOnceOnly() {
        String email = "forste-admin-" + TestDatabase.unique() + "@test.example";
        String later = "senere-admin-" + TestDatabase.unique() + "@test.example";
        // The shared test database has administrators; for this test it has none.
        List<Long> administrators = db.ids("SELECT account_id FROM account_role WHERE role = 'ADMIN'");
        db.update("DELETE FROM account_role WHERE role = 'ADMIN'");
        try {
            assertTrue(first.ensure(" " + email.toUpperCase() + " ", "Første Administrator"));
            assertFalse(first.ensure(later, null), "once any administrator exists, nothing happens");
        } finally {
            for (long id : administrators) {
                db.update("INSERT IGNORE INTO account_role (account_id, role) VALUES (?, 'ADMIN')", id);
            }
        }
        assertEquals("Første Administrator", db.value("SELECT display_name FROM account WHERE email = ?", email));
        assertEquals("ADMIN", db.value("SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.email = ?", email));
        assertEquals("!", db.value("SELECT password_hash FROM account WHERE email = ?", email), "no password until the link sets one");
        assertEquals(1L, ((Number) db.value("""
                SELECT COUNT(*) FROM account_link l JOIN account a ON a.id = l.account_id
                WHERE a.email = ? AND l.purpose = 'INVITATION' AND l.expires_at = l.created_at + INTERVAL 24 HOUR""", email)).longValue());
        assertEquals(0L, ((Number) db.value("SELECT COUNT(*) FROM account WHERE email = ?", later)).longValue());
        assertFalse(first.ensure(null, null));
    }
}
