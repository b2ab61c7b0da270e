package dk.samspil.enrolment.boundary;

import java.io.Serializable;

import dk.samspil.enrolment.entity.AttendanceStatus;

import java.time.LocalDateTime;
import java.util.List;

/** One session's register: who holds a seat, and what has been registered for each (null: not yet). */
public record AttendanceSheet(long sessionId, String courseCode, String courseTitle, String moduleTitle,
                              LocalDateTime startsAt, String room, List<Line> lines) implements Serializable {

    public record Line(long enrolmentId, String name, AttendanceStatus status) implements Serializable {
    }
}
