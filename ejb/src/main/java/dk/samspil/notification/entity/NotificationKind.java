package dk.samspil.notification.entity;

/** What happened; each kind has a text in the app's and the mails' bundles. */
public enum NotificationKind {
    CONFIRMED, AWAITING_APPROVAL, APPROVAL_REQUESTED, APPROVED, REJECTED, WAITLISTED, OFFERED, PROMOTED,
    OFFER_EXPIRED, WITHDRAWN, SESSION_MOVED, REMINDER, COURSE_CANCELLED, BELOW_MINIMUM, FEEDBACK, COMPLETED,
    EVALUATION_OPEN;

    /** Kinds that put the course's sessions in the recipient's calendar (or update them there). */
    public boolean invites() {
        return this == CONFIRMED || this == APPROVED || this == PROMOTED || this == SESSION_MOVED;
    }

    /** Kinds that take the course's sessions out of the recipient's calendar. */
    public boolean cancels() {
        return this == COURSE_CANCELLED || this == WITHDRAWN || this == OFFER_EXPIRED;
    }
}
