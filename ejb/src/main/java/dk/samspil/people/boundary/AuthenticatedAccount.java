package dk.samspil.people.boundary;

import dk.samspil.people.entity.Role;

import java.util.Set;

/** Who logged in: the principal name (e-mail) and the roles granted. */
public record AuthenticatedAccount(String email, String displayName, String language, Set<Role> roles) {
}
