package dk.samspil.reporting.boundary;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.people.entity.PartnerKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A semester's courses (by the start of their planned period: spring January–June, autumn
 * July–December) with their figures, the same summed by theme and by municipality, and the
 * partners who co-created or otherwise took part, by kind.
 */
public record SemesterReport(int year, int half, LocalDate from, LocalDate to, List<CourseFigures> courses,
                             List<Group> byTheme, List<Group> byMunicipality, List<PartnerFigures> partners,
                             Group total) {

    /**
     * One course: seats, seated (confirmed, offered or completed), waitlisted, completed, and of the
     * registered attendance how much was "present".
     */
    public record CourseFigures(String code, String title, String theme, String municipality, CourseStatus status,
                                long seats, long seated, long waitlisted, long completed, long attendanceRegistered,
                                long present) {

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

    /** Courses summed under one heading. */
    public record Group(String name, long courses, long cancelled, long seats, long seated, long waitlisted,
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

    /** Per kind of partner: organisations taking part, those co-designing, and the courses they co-designed. */
    public record PartnerFigures(PartnerKind kind, long organisations, long coDesigners, long coCreatedCourses) {
    }
}
