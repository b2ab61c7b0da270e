package dk.samspil.followup.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A follow-up on one of the leader's staff: {@code answered} once a leader of the workplace has
 * answered it, {@code shared} when the participant has shared their own answers.
 */
public record StaffFollowUp(long enrolmentId, String participantName, String courseCode, String courseTitle,
                            LocalDate openedOn, boolean answered, boolean shared) implements Serializable {
}
