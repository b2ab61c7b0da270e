package dk.samspil.partner.boundary;

import java.io.Serializable;

import dk.samspil.people.entity.PartnerKind;

import java.util.List;

/** One partner organisation with its contact persons and the courses it takes part in. */
public record PartnerDetails(long id, String name, PartnerKind kind, String descriptionDa, String descriptionEn,
                             List<ContactRow> contacts, List<String> courses) implements Serializable {

    public record ContactRow(long id, String name, String email, String phone, boolean login) implements Serializable {
    }
}
