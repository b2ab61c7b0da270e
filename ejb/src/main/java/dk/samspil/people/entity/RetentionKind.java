package dk.samspil.people.entity;

/** A kind of data with its own retention period (table {@code retention_rule}). */
public enum RetentionKind {
    /** Reflections, with their versions, shares, reads and feedback: months after the course's last session. */
    REFLECTIONS,
    /** Notifications in the app (and their mails): months after they were made. */
    NOTIFICATIONS,
    /** Who read or exported whose data: months after the access. */
    ACCESS_LOG,
    /** Accounts deactivated this many months ago are anonymised, as an erasure would. */
    INACTIVE_ACCOUNTS,
    /** Password reset links and login throttling counts: months after they were made. */
    SECURITY_RECORDS,
    /** Self-registrations whose address was never verified: deleted months after the last attempt. */
    UNVERIFIED_REGISTRATIONS
}
