package dk.samspil.people.boundary;

import dk.samspil.people.entity.Role;

import java.util.Set;

public record AccountRow(String displayName, String email, Set<Role> roles, String institution, boolean active) {
}
