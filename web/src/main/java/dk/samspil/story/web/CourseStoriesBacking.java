package dk.samspil.story.web;

import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.story.boundary.StoryCatalog;
import dk.samspil.story.boundary.StoryRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** On a course's public page: the stories from its runs that the reader may see ("what came of this course"). */
@Named
@RequestScoped
public class CourseStoriesBacking {

    /** How many stories a course page lists. */
    static final int SHOWN = 6;

    @Inject
    StoryCatalog catalog;

    @Inject
    LanguageBacking language;

    private List<StoryRow> stories;

    public List<StoryRow> forCourse(String courseCode) {
        if (stories == null) {
            stories = catalog.fromCourse(courseCode, language.getLocale(), SHOWN);
        }
        return stories;
    }
}
