package dk.samspil.development.boundary;

import dk.samspil.people.entity.JobFunction;

/** One staff member of the leader's institutions with their current and completed enrolments. */
public record StaffRow(String displayName, String email, String institution, JobFunction jobFunction,
                       long currentEnrolments, long completedCourses) {
}
