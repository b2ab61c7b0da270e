package dk.samspil.partner.boundary;

import dk.samspil.partner.entity.AgeGroup;

import java.io.Serializable;
import java.util.List;

/** A published offer as its page shows it, with its periods still to come and their free places. */
public record OfferDetails(long id, String title, String description, String partner, String partnerDescription,
                          String theme, String themeCode, String municipality, String municipalityCode,
                          List<AgeGroup> ageGroups, String place, boolean comesToYou, int price, String contactName,
                          String contactEmail, String contactPhone, List<PeriodRow> periods) implements Serializable {

    public boolean isBookable() {
        return periods.stream().anyMatch(period -> !period.isFull());
    }
}
