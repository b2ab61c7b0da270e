package dk.samspil.people.boundary;

import dk.samspil.people.entity.JobFunction;
import dk.samspil.people.entity.Role;

import java.io.Serializable;
import java.util.Set;

/**
 * An account as an administrator writes it: who the person is, where they work, and what they may
 * do — the institutions they lead as a leader, the organisation they represent as a partner contact.
 */
public record AccountForm(String displayName, String email, JobFunction jobFunction, Long institutionId,
                          String language, Set<Role> roles, Set<Long> ledInstitutionIds, Long partnerOrganisationId)
        implements Serializable {

    public AccountForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        ledInstitutionIds = ledInstitutionIds == null ? Set.of() : Set.copyOf(ledInstitutionIds);
        language = language == null ? "da" : language;
    }
}
