package dk.samspil.people.entity;

/** What someone other than the person read or exported of the person's data. */
public enum AccessKind {
    /** A reflection shared with the reader (leader, course team or classmate). */
    REFLECTION,
    /** The person's staff record: development goals, competences, courses (their leader). */
    STAFF_RECORD,
    /** A staff list including the person, exported as CSV or XLSX (their leader). */
    STAFF_EXPORT,
    /** A course's enrolment list including the person, exported as CSV or XLSX (a consultant). */
    ENROLMENT_EXPORT,
    /** Everything Samspil holds about the person, downloaded by an administrator on their behalf. */
    DATA_EXPORT,
    /** The person's answers to a course's follow-up, shared with the reader (their leader). */
    FOLLOW_UP
}
