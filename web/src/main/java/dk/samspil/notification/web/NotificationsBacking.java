package dk.samspil.notification.web;

import dk.samspil.notification.boundary.NotificationRow;
import dk.samspil.notification.boundary.Notifications;
import dk.samspil.shared.web.LanguageBacking;
import dk.samspil.shared.web.MessageResolver;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.ResourceBundle;

/** notifications.xhtml: the caller's notifications, newest first; opening the list marks them read. */
@Named
@RequestScoped
public class NotificationsBacking {

    /** A notification's text in the app's bundle; {@code %s} is its kind. */
    static final String TEXT = "notification.%s";

    @Inject
    Notifications notifications;

    @Inject
    LanguageBacking language;

    private List<NotificationRow> rows;
    private ResourceBundle texts;

    @PostConstruct
    void load() {
        rows = notifications.findMine(language.getLocale());
        notifications.markAllRead();
        texts = ResourceBundle.getBundle(MessageResolver.BUNDLE, language.getLocale());
    }

    public List<NotificationRow> getRows() {
        return rows;
    }

    /** The row's message in the reader's language, with its detail only when it has one. */
    public String text(NotificationRow row) {
        return row.kind().message(texts, TEXT, row.courseTitle(), row.courseCode(), row.detail());
    }
}
