package dk.samspil.enrolment.boundary;

import java.util.List;

/** What a group booking led to: how many got a seat, how many are in line, and who could not be enrolled. */
public record NominationOutcome(int confirmed, int waitlisted, List<String> alreadyEnrolled, List<String> full) {
}
