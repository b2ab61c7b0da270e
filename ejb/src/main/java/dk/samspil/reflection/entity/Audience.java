package dk.samspil.reflection.entity;

/** Whom an author can share a reflection with. */
public enum Audience {
    /** The course's consultant and the facilitators of its sessions. */
    COURSE_TEAM,
    /** The leaders of the author's institution. */
    LEADERS,
    /** The other participants seated on the course. */
    COHORT
}
