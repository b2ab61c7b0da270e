package dk.samspil.development.control;

import dk.samspil.people.entity.InstitutionKind;

/** An institution the caller leads. */
public record LedInstitution(Long id, String name, InstitutionKind kind) {
}
