package dk.samspil.story.web;

import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.story.boundary.PartnerStories;
import dk.samspil.story.boundary.PartnerStoryRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** partner/stories.xhtml: the practice stories that name the partner's organisation, those awaiting its answer first. */
@Named
@RequestScoped
public class PartnerStoriesBacking {

    @Inject
    PartnerStories stories;

    @Inject
    LanguageBacking language;

    private List<PartnerStoryRow> rows;

    public List<PartnerStoryRow> getRows() {
        if (rows == null) {
            rows = stories.naming(language.getLocale());
        }
        return rows;
    }
}
