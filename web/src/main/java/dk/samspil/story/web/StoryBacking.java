package dk.samspil.story.web;

import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.story.boundary.PartnerStories;
import dk.samspil.story.boundary.StoryCatalog;
import dk.samspil.story.boundary.StoryModerations;
import dk.samspil.story.boundary.StoryNotFoundException;
import dk.samspil.story.boundary.StoryView;
import dk.samspil.story.entity.ConsentStatus;
import dk.samspil.story.entity.PracticeStory.State;
import dk.samspil.story.entity.StoryModeration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * catalog/story.xhtml?id=: one story, for whoever may read it (anyone else: not found). A named
 * partner's contact answers for their organisation here, and a consultant hides the story or shows
 * it again with a reason.
 */
@Named
@RequestScoped
public class StoryBacking {

    @Inject
    StoryCatalog catalog;

    @Inject
    PartnerStories partnerStories;

    @Inject
    StoryModerations moderations;

    @Inject
    LanguageBacking language;

    private boolean loaded;
    private StoryView story;
    private String reason;

    /** On the page's request (not a postback): a story the caller may not read is 404. */
    public void load() {
        if (getStory() == null) {
            Faces.responseSendError(404, "story.not-found");
        }
    }

    /**
     * The story named by the address's ?id=, or null. The partner's and the consultant's forms post to
     * their own address, so their buttons exist when their click is decoded; the layout's forms (log
     * out, language) post without it, and the page then shows no story.
     */
    public StoryView getStory() {
        if (!loaded) {
            loaded = true;
            try {
                story = catalog.read(AddressParameters.id(Faces.getRequestParameter("id")), language.getLocale());
            } catch (StoryNotFoundException e) {
                story = null;
            }
        }
        return story;
    }

    public String consent() {
        partnerStories.consent(story.id());
        Messages.addFlashGlobalInfo("story.consent.done-given");
        return again();
    }

    /** Refusing (or withdrawing) unpublishes the story, which the partner then reads no more: back to their list. */
    public String refuse() {
        boolean given = story.myConsent() == ConsentStatus.GIVEN;
        partnerStories.refuse(story.id());
        Messages.addFlashGlobalInfo(given ? "story.consent.done-withdrawn" : "story.consent.done-refused");
        return "/partner/stories.xhtml?faces-redirect=true";
    }

    public String hide() {
        moderations.hide(story.id(), reason);
        Messages.addFlashGlobalInfo("story.moderation.hidden");
        return again();
    }

    public String show() {
        moderations.show(story.id(), reason);
        Messages.addFlashGlobalInfo("story.moderation.shown");
        return again();
    }

    private String again() {
        return "/catalog/story.xhtml?faces-redirect=true&id=" + story.id();
    }

    public boolean isHideable() {
        return getStory().moderator() && getStory().state() != State.HIDDEN;
    }

    public int getReasonMax() {
        return StoryModeration.REASON_MAX;
    }


    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
