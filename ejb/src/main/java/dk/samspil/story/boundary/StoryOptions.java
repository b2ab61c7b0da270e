package dk.samspil.story.boundary;

import dk.samspil.catalog.boundary.CatalogFacets.Option;

import java.io.Serializable;
import java.util.List;

/** The story form's choices: the author's courses, themes, municipalities and partner organisations (id as code). */
public record StoryOptions(List<Option> courses, List<Option> themes, List<Option> municipalities, List<Option> partners)
        implements Serializable {
}
