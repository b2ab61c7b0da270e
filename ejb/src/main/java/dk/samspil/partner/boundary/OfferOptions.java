package dk.samspil.partner.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;

import java.io.Serializable;
import java.util.List;

/** The choices an offer's form gives: active themes, municipalities, and the organisation's contacts (code = id). */
public record OfferOptions(List<Option> themes, List<Option> municipalities, List<Option> contacts) implements Serializable {
}
