package dk.samspil.development.boundary;

import dk.samspil.people.entity.JobFunction;

import java.time.LocalDateTime;

/**
 * One staff member of the leader's institutions: courses in progress (a seat on a course that has
 * not ended), enrolments waiting (for approval, in line or offered), completed courses, ECTS this year
 * and in all, open and overdue goals, and when they last enrolled or changed an enrolment.
 */
public record StaffRow(long id, String displayName, String email, String institution, JobFunction jobFunction,
                       long coursesInProgress, long waitingEnrolments, long completedCourses, long ectsThisYear, long ectsTotal, long openGoals,
                       long overdueGoals, LocalDateTime lastActivity) {
}
