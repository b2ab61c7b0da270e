package dk.samspil.story.web;

import dk.samspil.partner.boundary.ResultPage;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.story.boundary.ModerationQueueRow;
import dk.samspil.story.boundary.StoryModerations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** consultant/stories.xhtml: every published story, latest first, 50 a page (?page=), each to open, hide or show. */
@Named
@RequestScoped
public class ModerationBacking {

    @Inject
    StoryModerations moderations;

    @Inject
    LanguageBacking language;

    @Inject
    ExternalContext external;

    private ResultPage<ModerationQueueRow> result;

    @PostConstruct
    void load() {
        result = moderations.published(AddressParameters.page(external.getRequestParameterMap().get("page")),
                language.getLocale());
    }

    public ResultPage<ModerationQueueRow> getResult() {
        return result;
    }
}
