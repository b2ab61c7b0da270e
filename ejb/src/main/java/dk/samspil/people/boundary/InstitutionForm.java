package dk.samspil.people.boundary;

import dk.samspil.people.entity.InstitutionKind;

import java.io.Serializable;

/** An institution as an administrator writes it; {@code number} is its six-digit register number, or blank. */
public record InstitutionForm(String name, InstitutionKind kind, Long municipalityId, String number) implements Serializable {
}
