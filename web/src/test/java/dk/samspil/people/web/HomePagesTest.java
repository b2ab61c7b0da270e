package dk.samspil.people.web;

import dk.samspil.people.entity.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class HomePagesTest {

    @Test
    void everyRoleHasAHomePage() {
        for (Role role : Role.values()) {
            assertNotNull(HomePages.of(role), role.name());
        }
    }

    @Test
    void aLeaderWhoIsAlsoAParticipantLandsOnTheLeadersPage() {
        assertEquals("/leader/my-staff.xhtml", HomePages.forCaller(Set.of("LEADER", "PARTICIPANT")::contains));
    }

    @Test
    void someoneWithoutRolesLandsOnTheCatalogue() {
        assertEquals("/index.xhtml", HomePages.forCaller(role -> false));
    }
}
