package dk.samspil.reporting.boundary;

/** Courses summed under one heading. */
public record GroupFigures(String name, long courses, long cancelled, long seats, long seated, long waitlisted,
                           long completed, long attendanceRegistered, long present, long followUpsAnswered,
                           long partnerships) implements Rates {
}
