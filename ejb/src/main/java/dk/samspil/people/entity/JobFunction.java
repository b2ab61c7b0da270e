package dk.samspil.people.entity;

public enum JobFunction {
    TEACHER, PEDAGOGUE, LEADER, CONSULTANT, OTHER
}
