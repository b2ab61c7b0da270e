package dk.samspil.partner.boundary;

import dk.samspil.partner.entity.AgeGroup;

import java.io.Serializable;

/** What a visitor looks for among partners' offers; a null or blank filter matches everything. */
public record OfferSearch(String text, String theme, AgeGroup ageGroup, String municipality, int page) implements Serializable {

    public static final int PAGE_SIZE = 20;
    public static final int TEXT_MAX = 100;

    public OfferSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        theme = theme == null || theme.isBlank() ? null : theme;
        municipality = municipality == null || municipality.isBlank() ? null : municipality;
        page = Math.max(page, 0);
    }

    public static OfferSearch all() {
        return new OfferSearch(null, null, null, null, 0);
    }

    public OfferSearch onPage(int number) {
        return new OfferSearch(text, theme, ageGroup, municipality, number);
    }
}
