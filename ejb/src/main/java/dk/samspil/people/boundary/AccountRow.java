package dk.samspil.people.boundary;

import java.io.Serializable;

import dk.samspil.people.entity.Role;

import java.util.Set;

/**
 * An account as the administrator's list shows it; {@code invited} is an account whose person has
 * not yet set a password, {@code verified} whether the address has been proven.
 */
public record AccountRow(long id, String displayName, String email, Set<Role> roles, String institution,
                         String municipality, boolean active, boolean verified, boolean invited) implements Serializable {
}
