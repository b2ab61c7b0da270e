package dk.samspil.notification.web;

import dk.samspil.notification.boundary.NotificationRow;
import dk.samspil.notification.boundary.Notifications;
import dk.samspil.shared.web.LanguageBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** notifications.xhtml: the caller's notifications, newest first; opening the list marks them read. */
@Named
@RequestScoped
public class NotificationsBacking {

    @Inject
    Notifications notifications;

    @Inject
    LanguageBacking language;

    private List<NotificationRow> rows;

    @PostConstruct
    void load() {
        rows = notifications.findMine(language.getLocale());
        notifications.markAllRead();
    }

    public List<NotificationRow> getRows() {
        return rows;
    }
}
