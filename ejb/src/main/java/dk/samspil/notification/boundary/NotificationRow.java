package dk.samspil.notification.boundary;

import dk.samspil.notification.entity.NotificationKind;

import java.time.LocalDateTime;

/** One notification as the person's list shows it. */
public record NotificationRow(long id, NotificationKind kind, String courseCode, String courseTitle, String detail,
                              LocalDateTime createdAt, boolean unread) {
}
