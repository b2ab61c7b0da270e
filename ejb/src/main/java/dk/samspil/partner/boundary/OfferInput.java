package dk.samspil.partner.boundary;

import dk.samspil.partner.entity.AgeGroup;

import java.io.Serializable;
import java.util.Set;

/** An offer as its partner's form sends it: the theme and municipality by code, the contact by id. */
public record OfferInput(String themeCode, String municipalityCode, Long contactId, String titleDa, String titleEn,
                         String descriptionDa, String descriptionEn, Set<AgeGroup> ageGroups, String place,
                         boolean comesToYou, int price) implements Serializable {
}
