package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.TargetGroup;

import java.io.Serializable;
import java.util.List;

/** The choices the catalogue's filters offer, in the reader's language. */
public record CatalogFacets(List<Option> themes, List<Option> municipalities, List<TargetGroup> targetGroups) {

    public record Option(String code, String name) implements Serializable {
    }
}
