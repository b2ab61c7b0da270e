package dk.samspil.it;

import dk.samspil.catalog.boundary.Catalog;
import dk.samspil.catalog.boundary.CatalogSearch;
import dk.samspil.catalog.boundary.CoursePlanning;
import dk.samspil.catalog.boundary.PlanningQuery;
import dk.samspil.development.boundary.StaffOverview;
import dk.samspil.development.boundary.StaffQuery;
import dk.samspil.enrolment.boundary.Attendances;
import dk.samspil.enrolment.boundary.MyEnrolments;
import dk.samspil.partner.boundary.Partnerships;
import dk.samspil.people.boundary.AccountQuery;
import dk.samspil.people.boundary.Accounts;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Default deny at the boundaries: a role reaches its own boundaries and nothing else. */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final StaffQuery EVERYONE = new StaffQuery(null, null, null, null, "name", 0);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AuthorizationIT.class, AsParticipant.class,
                AsConsultant.class, AsPartnerA.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    CoursePlanning planning;

    @Inject
    Accounts accounts;

    @Inject
    MyEnrolments enrolments;

    @Inject
    StaffOverview staff;

    @Inject
    Partnerships partnerships;

    @Inject
    AsParticipant asParticipant;

    @Inject
    AsConsultant asConsultant;

    @Inject
    AsPartnerA asPartner;

    @Inject
    Attendances attendances;

    @Test
    void anyoneMayReadTheCatalogue() {
        assertDoesNotThrow(() -> catalog.search(CatalogSearch.all(), DANISH));
    }

    @Test
    void anonymousCallersReachNoOtherBoundary() {
        assertThrows(EJBAccessException.class, () -> planning.search(PlanningQuery.open(), DANISH));
        assertThrows(EJBAccessException.class, () -> accounts.search(AccountQuery.all()));
        assertThrows(EJBAccessException.class, () -> enrolments.findMine(DANISH));
        assertThrows(EJBAccessException.class, () -> staff.findMyStaff(EVERYONE, DANISH));
        assertThrows(EJBAccessException.class, () -> partnerships.findMine(DANISH));
    }

    @Test
    void aParticipantCallingAConsultantBoundaryIsRefused() {
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> planning.search(PlanningQuery.open(), DANISH)));
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> accounts.search(AccountQuery.all())));
        assertDoesNotThrow(() -> asParticipant.call(() -> enrolments.findMine(DANISH)));
    }

    @Test
    void aConsultantPlansCoursesButDoesNotAdministerAccounts() {
        assertDoesNotThrow(() -> asConsultant.call(() -> planning.search(PlanningQuery.open(), DANISH)));
        assertThrows(EJBAccessException.class, () -> asConsultant.call(() -> accounts.search(AccountQuery.all())));
        assertThrows(EJBAccessException.class, () -> asConsultant.call(() -> staff.findMyStaff(EVERYONE, DANISH)));
    }

    @Test
    void aFacilitatingPartnerKeepsASessionsRegisterButNotTheWholeCourses() {
        assertThrows(EJBAccessException.class, () -> asPartner.call(() -> attendances.getGrid("ANY", DANISH)));
        assertThrows(EJBAccessException.class, () -> asPartner.call(() -> {
            attendances.registerAll("ANY", Map.of());
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> attendances.getGrid("ANY", DANISH)));
    }
}
