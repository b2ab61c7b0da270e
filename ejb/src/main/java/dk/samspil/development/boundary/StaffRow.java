package dk.samspil.development.boundary;

import dk.samspil.people.entity.JobFunction;

import java.time.LocalDateTime;

/**
 * One staff member of the leader's institutions: current enrolments and completed courses, ECTS
 * this year and in all, open and overdue goals, and when they last enrolled or changed an enrolment.
 */
public record StaffRow(long id, String displayName, String email, String institution, JobFunction jobFunction,
                       long currentEnrolments, long completedCourses, long ectsThisYear, long ectsTotal, long openGoals,
                       long overdueGoals, LocalDateTime lastActivity) {
}
