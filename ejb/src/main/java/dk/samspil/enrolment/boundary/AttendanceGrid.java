package dk.samspil.enrolment.boundary;

import dk.samspil.enrolment.entity.AttendanceStatus;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A course's whole attendance: its sessions in order, and each seated participant with what is
 * registered for them per session (session id → status; a session not in the map: not yet).
 */
public record AttendanceGrid(String courseCode, String courseTitle, List<Column> sessions, List<Row> people)
        implements Serializable {

    public AttendanceGrid {
        sessions = List.copyOf(sessions);
        people = List.copyOf(people);
    }

    /** A session as a column of the grid. */
    public record Column(long sessionId, LocalDateTime startsAt, String moduleTitle) implements Serializable {
    }

    /** A participant as a row of the grid. */
    public record Row(long enrolmentId, String name, Map<Long, AttendanceStatus> statuses) implements Serializable {

        public Row {
            statuses = Map.copyOf(statuses);
        }
    }
}
