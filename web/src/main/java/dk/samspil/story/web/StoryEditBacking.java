package dk.samspil.story.web;

import dk.samspil.catalog.boundary.CatalogFacets.Option;
import dk.samspil.partner.entity.AgeGroup;
import dk.samspil.shared.web.AddressParameters;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.story.boundary.MyStories;
import dk.samspil.story.boundary.PictureRow;
import dk.samspil.story.boundary.StoryEditing;
import dk.samspil.story.boundary.StoryInput;
import dk.samspil.story.boundary.StoryNotFoundException;
import dk.samspil.story.boundary.StoryOptions;
import dk.samspil.story.boundary.StorySearch;
import dk.samspil.story.entity.PracticeStory;
import dk.samspil.story.entity.StoryAudience;
import dk.samspil.story.entity.StoryPicture;
import dk.samspil.story.entity.StoryRefusedException;
import jakarta.faces.component.UIInput;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * participant/story.xhtml: the author writes a story (?id= an existing one; ?module= a new one
 * from their submitted reflection on that module; neither: a new one), adds and removes pictures, publishes it to an
 * audience, takes it back, or deletes it.
 */
@Named
@ViewScoped
public class StoryEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyStories stories;

    @Inject
    LanguageBacking language;

    private String id;
    private String module;
    private Long storyId;
    private StoryOptions options;
    private StoryEditing editing;

    private String course;
    private Long reflectionId;
    private String title;
    private String theme;
    private String municipality;
    private AgeGroup ageGroup;
    private List<String> partners = new ArrayList<>();
    private String partnerFilter;
    private List<Option> partnerChoices;
    private String did;
    private String learned;
    private StoryAudience audience;
    private transient Part picture;
    private String alt;

    public void load() {
        options = stories.options(language.getLocale());
        try {
            if (id != null && !id.isEmpty()) {
                storyId = AddressParameters.id(id);
                editing = stories.editing(storyId, language.getLocale());
                audience = editing.audience();
                fill(editing.input());
            } else {
                fill(stories.start(module == null || module.isEmpty() ? null : AddressParameters.id(module), language.getLocale()));
            }
            partnerChoices = stories.partnerChoices(null, partnerIds());
        } catch (StoryNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    /**
     * The organisations to tick: those ticked so far, and those the filter finds (without one: the
     * partners of the author's courses). Runs before the form's values reach the bean (immediate), so
     * the words are the field's checked value and what is ticked is read from the checkboxes as submitted.
     */
    public void findPartners() {
        UIInput words = Components.findComponent("story:partnerFilter");
        partnerFilter = (String) words.getValue();
        UIInput ticked = Components.findComponent("story:partners");
        List<Long> named = ticked != null && ticked.getSubmittedValue() instanceof String[] ids
                ? Arrays.stream(ids).filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList()
                : partnerIds();
        partnerChoices = stories.partnerChoices(partnerFilter, named);
    }

    private List<Long> partnerIds() {
        return partners.stream().map(Long::valueOf).toList();
    }

    private void fill(StoryInput input) {
        course = input.courseCode();
        reflectionId = input.reflectionId();
        title = input.title();
        theme = input.themeCode();
        municipality = input.municipalityCode();
        ageGroup = input.ageGroup();
        partners = new ArrayList<>(input.partnerIds().stream().map(String::valueOf).toList());
        did = input.did();
        learned = input.learned();
    }

    /** Saves the story; a new one gets its address, where pictures are added and it is published. */
    public String save() {
        StoryInput input = new StoryInput(course, reflectionId, title, theme, municipality, ageGroup, partnerIds(), did, learned);
        if (storyId == null) {
            storyId = stories.create(input);
            Messages.addFlashGlobalInfo("story.saved-new");
        } else {
            stories.update(storyId, input);
            Messages.addFlashGlobalInfo("story.saved");
        }
        return again();
    }

    public String publish() {
        stories.publish(storyId, audience);
        Messages.addFlashGlobalInfo("story.published");
        return again();
    }

    public String revoke() {
        stories.revoke(storyId);
        Messages.addFlashGlobalInfo("story.revoked");
        return again();
    }

    public String delete() {
        stories.delete(storyId);
        Messages.addFlashGlobalInfo("story.deleted");
        return "/participant/stories.xhtml?faces-redirect=true";
    }

    /** Reads at most one byte past the limit, so a larger file is refused without being held. */
    public String addPicture() throws IOException {
        if (picture == null) {
            throw new StoryRefusedException("picture", "story.picture.required");
        }
        byte[] upload;
        try (InputStream in = picture.getInputStream()) {
            upload = in.readNBytes(MyStories.PICTURE_MAX_BYTES + 1);
        }
        stories.addPicture(storyId, upload, alt);
        Messages.addFlashGlobalInfo("story.picture.added");
        return again();
    }

    public String removePicture(PictureRow row) {
        stories.removePicture(storyId, row.id());
        Messages.addFlashGlobalInfo("story.picture.removed");
        return again();
    }

    private String again() {
        return "/participant/story.xhtml?faces-redirect=true&id=" + storyId;
    }

    public List<AgeGroup> getAgeGroups() {
        return List.of(AgeGroup.values());
    }

    public List<StoryAudience> getAudiences() {
        return List.of(StoryAudience.values());
    }

    public int getTitleMax() {
        return PracticeStory.TITLE_MAX;
    }

    public int getTextMax() {
        return PracticeStory.TEXT_MAX;
    }

    public int getPartnersMax() {
        return PracticeStory.PARTNERS_MAX;
    }

    public int getAltMax() {
        return StoryPicture.ALT_MAX;
    }

    public int getPicturesMax() {
        return PracticeStory.PICTURES_MAX;
    }

    public int getPictureMegabytes() {
        return MyStories.PICTURE_MAX_BYTES / (1024 * 1024);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public StoryOptions getOptions() {
        return options;
    }

    public StoryEditing getEditing() {
        return editing;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(AgeGroup ageGroup) {
        this.ageGroup = ageGroup;
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
    }

    public String getPartnerFilter() {
        return partnerFilter;
    }

    public void setPartnerFilter(String partnerFilter) {
        this.partnerFilter = partnerFilter;
    }

    public List<Option> getPartnerChoices() {
        return partnerChoices;
    }

    public int getPartnerFilterMax() {
        return StorySearch.TEXT_MAX;
    }

    public String getDid() {
        return did;
    }

    public void setDid(String did) {
        this.did = did;
    }

    public String getLearned() {
        return learned;
    }

    public void setLearned(String learned) {
        this.learned = learned;
    }

    public StoryAudience getAudience() {
        return audience;
    }

    public void setAudience(StoryAudience audience) {
        this.audience = audience;
    }

    public Part getPicture() {
        return picture;
    }

    public void setPicture(Part picture) {
        this.picture = picture;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }
}
