package dk.samspil.catalog.boundary;

/** What the catalogue page shows: the filter choices and one page of results. */
public record CatalogView(CatalogFacets facets, CatalogPage page) {
}
