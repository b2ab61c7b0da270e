package dk.samspil.notification.entity;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** What happened; each kind has a text in the app's and the mails' bundles. */
public enum NotificationKind {
    CONFIRMED, AWAITING_APPROVAL, APPROVAL_REQUESTED, APPROVED, REJECTED, WAITLISTED, OFFERED, PROMOTED,
    OFFER_EXPIRED, WITHDRAWN, SESSION_MOVED, REMINDER, COURSE_CANCELLED, BELOW_MINIMUM, FEEDBACK, COMPLETED,
    EVALUATION_OPEN, FOLLOW_UP_OPEN, FOLLOW_UP_LEADER, FOLLOW_UP_REMINDER;

    /** The suffix of a text's variant that names the detail. */
    public static final String WITH_DETAIL = ".with-detail";

    /** Kinds that put the course's sessions in the recipient's calendar (or update them there). */
    public boolean invites() {
        return this == CONFIRMED || this == APPROVED || this == PROMOTED || this == SESSION_MOVED;
    }

    /** Kinds that take the course's sessions out of the recipient's calendar. */
    public boolean cancels() {
        return this == COURSE_CANCELLED || this == WITHDRAWN || this == OFFER_EXPIRED;
    }

    /**
     * Kinds told with a detail: the person asking for approval, the leader's comment, the reason, the
     * place in line, the offer's deadline, the first session, the minimum, the module. Some are left
     * out by design (an approval without a comment, a withdrawal the person made themselves), and any
     * may be gone from an old or erased row, so each of these kinds has a text without its detail too.
     */
    public boolean carriesDetail() {
        return switch (this) {
            case APPROVAL_REQUESTED, APPROVED, REJECTED, WAITLISTED, OFFERED, WITHDRAWN, REMINDER, COURSE_CANCELLED,
                 BELOW_MINIMUM, FEEDBACK, FOLLOW_UP_LEADER, FOLLOW_UP_REMINDER -> true;
            default -> false;
        };
    }

    /**
     * This kind's message in a bundle of texts, for the app's list and the mails alike: the text under
     * the key never names the detail; its {@value #WITH_DETAIL} variant does and is used only when
     * there is a detail, so a missing one never shows up as "null". Arguments: {0} the course's
     * title, {1} the detail, {2} the course's code.
     *
     * @param keyPattern the key with {@code %s} where the kind's name goes, e.g. {@code "mail.%s.body"}
     */
    public String message(ResourceBundle texts, String keyPattern, String courseTitle, String courseCode,
                          String detail) {
        String key = keyPattern.formatted(name());
        boolean detailed = carriesDetail() && detail != null && !detail.isBlank();
        return MessageFormat.format(texts.getString(detailed ? key + WITH_DETAIL : key), courseTitle, detail,
                courseCode);
    }
}
