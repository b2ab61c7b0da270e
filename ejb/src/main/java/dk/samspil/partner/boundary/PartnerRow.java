package dk.samspil.partner.boundary;

import dk.samspil.people.entity.PartnerKind;

/** A partner organisation as the consultants' list shows it. */
public record PartnerRow(long id, String name, PartnerKind kind, long contacts, long logins, long courses) {
}
