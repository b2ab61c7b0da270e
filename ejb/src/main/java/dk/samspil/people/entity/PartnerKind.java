package dk.samspil.people.entity;

public enum PartnerKind {
    ASSOCIATION, VOLUNTEER_ORGANISATION, COMPANY, CULTURAL_INSTITUTION, MUNICIPAL_UNIT, OTHER
}
