package dk.samspil.enrolment.boundary;

import java.io.Serializable;

import dk.samspil.enrolment.entity.Completion;
import dk.samspil.enrolment.entity.EnrolmentStatus;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A course's enrolments as its consultant manages them: counts by status, and every person in order. */
public record CourseEnrolmentList(String courseCode, String courseTitle, int maxParticipants, int waitingListCapacity,
                                  Map<EnrolmentStatus, Long> counts, List<Row> rows) implements Serializable {

    /**
     * {@code position} is the place in line for a waitlisted person, otherwise 0; {@code completion}
     * how a seated person stands against the completion rule (null for everyone else).
     */
    public record Row(long id, String name, String email, String institution, EnrolmentStatus status, long position,
                      LocalDateTime enrolledAt, Completion completion) implements Serializable {
    }

    public long count(EnrolmentStatus status) {
        return counts.getOrDefault(status, 0L);
    }
}
