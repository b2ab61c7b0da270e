package dk.samspil.story.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;

import java.io.Serializable;
import java.util.List;

/** The story form's choices: the author's courses, themes and municipalities. */
public record StoryOptions(List<Option> courses, List<Option> themes, List<Option> municipalities) implements Serializable {
}
