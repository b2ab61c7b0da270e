package dk.samspil.people.boundary;

import dk.samspil.people.entity.JobFunction;

/**
 * What a person gives to register: name, address, job, the institution they work at (null for
 * volunteers and others without one), their language and the password they chose.
 */
public record RegistrationForm(String displayName, String email, JobFunction jobFunction, Long institutionId,
                               String language, char[] password) {
}
