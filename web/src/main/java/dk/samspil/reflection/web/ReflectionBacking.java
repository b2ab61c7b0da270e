package dk.samspil.reflection.web;

import dk.samspil.reflection.boundary.Draft;
import dk.samspil.reflection.boundary.MyReflections;
import dk.samspil.reflection.boundary.ReflectionNotFoundException;
import dk.samspil.reflection.boundary.Saved;
import dk.samspil.reflection.entity.Audience;
import dk.samspil.shared.BusinessException;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.shared.web.MessageResolver;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * participant/reflection.xhtml?module=: the author's page for one module's reflection. The text is
 * saved every half minute while it changes and on request; submitting makes it the version readers
 * see; each audience is shared or unshared on its own.
 */
@Named
@ViewScoped
public class ReflectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Inject
    MyReflections reflections;

    @Inject
    LanguageBacking language;

    private Long moduleId;
    private Draft draft;
    private String text;
    private String savedText;
    private long version;
    private String autosaved;
    private String autosaveProblem;

    public void load() {
        try {
            draft = reflections.open(moduleId == null ? -1 : moduleId, language.getLocale());
            text = draft.body();
            savedText = text;
            version = draft.version();
        } catch (ReflectionNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    /*
     * Save, submit and the page's autosave poll may arrive at once from one page; they run one after
     * the other on this view's bean, so each sends the version the one before left.
     */
    public synchronized void save() {
        Saved saved = reflections.save(moduleId, text, version);
        saved(saved);
        Messages.addGlobalInfo("reflection.write.saved", TIME.format(saved.savedAt()));
    }

    /** Called by the page's poll: saves only when the text changed since the last save. */
    public synchronized void autosave() {
        if (Objects.equals(text, savedText)) {
            return;
        }
        try {
            Saved saved = reflections.save(moduleId, text, version);
            version = saved.version();
            savedText = text;
            autosaved = TIME.format(saved.savedAt());
            autosaveProblem = null;
        } catch (BusinessException refused) {
            autosaveProblem = MessageResolver.text(refused.messageKey(), refused.arguments());
        }
    }

    public synchronized void submit() {
        Saved saved = reflections.submit(moduleId, text, version);
        saved(saved);
        Messages.addGlobalInfo("reflection.write.submitted");
    }

    public void share(Audience audience) {
        reflections.share(moduleId, audience);
        Messages.addGlobalInfo("reflection.share.shared", audienceLabel(audience));
        load();
    }

    public void revoke(Audience audience) {
        reflections.revoke(moduleId, audience);
        Messages.addGlobalInfo("reflection.share.revoked", audienceLabel(audience));
        load();
    }

    private static String audienceLabel(Audience audience) {
        return MessageResolver.text("reflection.audience." + audience.name());
    }

    private void saved(Saved saved) {
        if (saved.cleaned()) {
            Messages.addGlobalWarn("reflection.write.cleaned");
        }
        load();
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public Draft getDraft() {
        return draft;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAutosaveProblem() {
        return autosaveProblem;
    }

    public String getAutosaved() {
        return autosaved;
    }
}
