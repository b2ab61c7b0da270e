package dk.samspil.story.web;

import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.story.boundary.MyStories;
import dk.samspil.story.boundary.MyStoryRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** participant/stories.xhtml: the participant's practice stories and where each stands. */
@Named
@RequestScoped
public class MyStoriesBacking {

    @Inject
    MyStories stories;

    @Inject
    LanguageBacking language;

    private List<MyStoryRow> rows;

    public List<MyStoryRow> getRows() {
        if (rows == null) {
            rows = stories.mine(language.getLocale());
        }
        return rows;
    }
}
