package dk.samspil.catalog.entity;

/** Who a course is for. */
public enum TargetGroup {
    TEACHER, PEDAGOGUE, SCHOOL_LEADER, DAYCARE_LEADER, MUNICIPAL_STAFF, VOLUNTEER
}
