package dk.samspil.partner.boundary;

import dk.samspil.partner.entity.AgeGroup;

import java.io.Serializable;
import java.util.List;

/** One offer in a list: what it is, who offers it, for whom, where and for how much (0 = free). */
public record OfferRow(long id, String title, String partner, String theme, String themeCode, String municipality, List<AgeGroup> ageGroups,
                       String place, boolean comesToYou, int price) implements Serializable {
}
