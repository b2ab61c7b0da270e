package dk.samspil.followup.entity;

/** Who answers a follow-up question: the participant who completed the course, or a leader of their workplace. */
public enum Respondent {
    PARTICIPANT, LEADER
}
