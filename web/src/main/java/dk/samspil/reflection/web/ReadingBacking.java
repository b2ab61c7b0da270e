package dk.samspil.reflection.web;

import dk.samspil.reflection.boundary.Reading;
import dk.samspil.reflection.boundary.ReflectionNotFoundException;
import dk.samspil.reflection.boundary.SharedReflections;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;

/**
 * reflection/read.xhtml?id=: a reflection shared with the reader (each opening is logged for its
 * author), with the course team's feedback form.
 */
@Named
@ViewScoped
public class ReadingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SharedReflections shared;

    @Inject
    LanguageBacking language;

    private Long id;
    private Reading reading;
    private String feedback;

    public void load() {
        try {
            reading = shared.read(id == null ? -1 : id, language.getLocale());
        } catch (ReflectionNotFoundException e) {
            Faces.responseSendError(404, e.messageKey());
        }
    }

    public void giveFeedback() {
        shared.giveFeedback(id, feedback);
        feedback = null;
        Messages.addGlobalInfo("reflection.feedback.sent");
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Reading getReading() {
        return reading;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }
}
