package dk.samspil.partner.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;

import java.util.List;

/** The offers page's needs: the themes and municipalities that find an offer, and the page of offers found. */
public record OfferView(List<Option> themes, List<Option> municipalities, ResultPage<OfferRow> page) {
}
