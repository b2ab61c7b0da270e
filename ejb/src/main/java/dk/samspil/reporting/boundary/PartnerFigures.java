package dk.samspil.reporting.boundary;

import dk.samspil.people.entity.PartnerKind;

/** Per kind of partner: organisations taking part, those co-designing, and the courses they co-designed. */
public record PartnerFigures(PartnerKind kind, long organisations, long coDesigners, long coCreatedCourses) {
}
