package dk.samspil.people.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleTest {

    @Test
    void aLeaderWhoIsAlsoAParticipantIsForemostALeader() {
        assertEquals(Optional.of(Role.LEADER), Role.foremost(List.of(Role.PARTICIPANT, Role.LEADER)));
    }

    @Test
    void administrationTakesPrecedenceOverEverything() {
        assertEquals(Optional.of(Role.ADMIN), Role.foremost(List.of(Role.PARTICIPANT, Role.CONSULTANT, Role.ADMIN)));
    }

    @Test
    void noRolesNoForemostRole() {
        assertEquals(Optional.empty(), Role.foremost(List.of()));
    }

    @Test
    void roleNamesUsedInAnnotationsMatchTheEnum() {
        assertEquals(List.of("ADMIN", "CONSULTANT", "PARTNER", "LEADER", "PARTICIPANT"),
                List.of(Role.ADMIN_NAME, Role.CONSULTANT_NAME, Role.PARTNER_NAME, Role.LEADER_NAME,
                        Role.PARTICIPANT_NAME));
        for (Role role : Role.values()) {
            assertEquals(role, Role.valueOf(role.name()));
        }
    }
}
