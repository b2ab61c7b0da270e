package dk.samspil.people.entity;

public enum InstitutionKind {
    SCHOOL, DAYCARE, ADMINISTRATION
}
