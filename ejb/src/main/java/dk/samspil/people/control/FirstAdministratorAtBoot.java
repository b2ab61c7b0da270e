package dk.samspil.people.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * At every boot, after the migrations: {@code SAMSPIL_ADMIN_EMAIL} (or {@code -Dsamspil.admin-email})
 * names the first administrator, {@code SAMSPIL_ADMIN_NAME} their name; see {@link FirstAdministrator}.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministratorAtBoot {

    private static final System.Logger LOG = System.getLogger(FirstAdministratorAtBoot.class.getName());

    @Inject
    FirstAdministrator first;

    @PostConstruct
    void atBoot() {
        String email = System.getProperty("samspil.admin-email", System.getenv("SAMSPIL_ADMIN_EMAIL"));
        String name = System.getProperty("samspil.admin-name", System.getenv("SAMSPIL_ADMIN_NAME"));
        try {
            first.ensure(email, name);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "First administrator not made: {0}", String.valueOf(e.getMessage()));
        }
    }
}
