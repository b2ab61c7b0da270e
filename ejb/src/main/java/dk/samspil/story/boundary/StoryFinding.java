package dk.samspil.story.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;
import dk.samspil.partner.boundary.ResultPage;

import java.io.Serializable;
import java.util.List;

/** One page of the stories found and the filters' choices (the themes and municipalities that have shown stories). */
public record StoryFinding(ResultPage<StoryRow> page, List<Option> themes, List<Option> municipalities) implements Serializable {
}
