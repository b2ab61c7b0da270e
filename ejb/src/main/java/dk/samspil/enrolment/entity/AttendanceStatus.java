package dk.samspil.enrolment.entity;

/** Whether a participant came to a session; excused means absent with the course team's consent. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
