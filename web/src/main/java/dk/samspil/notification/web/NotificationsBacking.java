package dk.samspil.notification.web;

import dk.samspil.notification.boundary.NotificationRow;
import dk.samspil.notification.boundary.Notifications;
import dk.samspil.notification.entity.NotificationKind;
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

    /**
     * Where the row leads, below the context path: the page that asks something of the reader (an
     * evaluation, a follow-up; a leader's follow-ups on their staff), otherwise the course's page.
     */
    public String link(NotificationRow row) {
        boolean aboutStaff = row.kind() == NotificationKind.FOLLOW_UP_LEADER
                || row.kind() == NotificationKind.FOLLOW_UP_REMINDER && row.detail() != null;
        return switch (row.kind()) {
            case EVALUATION_OPEN -> "/participant/evaluation.xhtml?course=" + row.courseCode();
            case FOLLOW_UP_OPEN, FOLLOW_UP_LEADER, FOLLOW_UP_REMINDER -> aboutStaff ? "/leader/follow-ups.xhtml"
                    : "/participant/follow-up.xhtml?course=" + row.courseCode();
            default -> "/catalog/course.xhtml?code=" + row.courseCode();
        };
    }

    /** The row's message in the reader's language, with its detail only when it has one. */
    public String text(NotificationRow row) {
        return row.kind().message(texts, TEXT, row.courseTitle(), row.courseCode(), row.detail());
    }
}
