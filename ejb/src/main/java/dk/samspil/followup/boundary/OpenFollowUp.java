package dk.samspil.followup.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A follow-up the caller is asked to answer (or has answered), on a course they completed. */
public record OpenFollowUp(String courseCode, String courseTitle, LocalDate openedOn, boolean answered) implements Serializable {
}
