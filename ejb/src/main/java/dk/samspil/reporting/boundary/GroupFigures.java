package dk.samspil.reporting.boundary;

/** Courses summed under one heading. */
public record GroupFigures(String name, long courses, long cancelled, long seats, long seated, long waitlisted,
                           long completed, long attendanceRegistered, long present) {

    public double fillRate() {
        return seats == 0 ? 0 : (double) seated / seats;
    }

    public double completionRate() {
        return seated == 0 ? 0 : (double) completed / seated;
    }

    public double attendanceRate() {
        return attendanceRegistered == 0 ? 0 : (double) present / attendanceRegistered;
    }
}
