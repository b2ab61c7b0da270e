package dk.samspil.development.entity;

/** A goal is open until it is achieved or dropped by agreement. */
public enum GoalStatus {
    OPEN, ACHIEVED, DROPPED
}
