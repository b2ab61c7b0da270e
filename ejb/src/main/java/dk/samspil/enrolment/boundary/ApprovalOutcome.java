package dk.samspil.enrolment.boundary;

/** What a leader's decision on several enrolments led to. */
public record ApprovalOutcome(int confirmed, int waitlisted, int full, int rejected) {
}
