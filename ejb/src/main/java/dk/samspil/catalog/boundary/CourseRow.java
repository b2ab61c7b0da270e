package dk.samspil.catalog.boundary;

import dk.samspil.catalog.entity.CourseStatus;

import java.time.LocalDateTime;

/** One course in a list, in the reader's language. {@code startsAt}/{@code endsAt} span its sessions. */
public record CourseRow(String code, String title, String theme, int ects, String place, CourseStatus status,
                        LocalDateTime startsAt, LocalDateTime endsAt, int maxParticipants, long seatsTaken,
                        int seatsLeft) {
}
