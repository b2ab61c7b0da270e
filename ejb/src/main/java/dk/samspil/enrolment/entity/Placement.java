package dk.samspil.enrolment.entity;

/** Where a new enrolment ended up: its status, and for the waiting list its place in line. */
public record Placement(Enrolment enrolment, long position) {

    public EnrolmentStatus status() {
        return enrolment.getStatus();
    }
}
