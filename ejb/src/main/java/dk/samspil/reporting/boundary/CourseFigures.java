package dk.samspil.reporting.boundary;

import dk.samspil.catalog.entity.CourseStatus;

/**
 * One course: seats, seated (confirmed, offered or completed), waitlisted, completed, and of the
 * registered attendance how much was "present"; of its follow-up, how many participants answered and how
 * many of them report a new or continued partnership.
 */
public record CourseFigures(String code, String title, String theme, String municipality, CourseStatus status,
                            long seats, long seated, long waitlisted, long completed, long attendanceRegistered,
                            long present, long followUpsAnswered, long partnerships) implements Rates {
}
