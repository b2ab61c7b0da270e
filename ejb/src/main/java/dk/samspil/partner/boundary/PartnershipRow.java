package dk.samspil.partner.boundary;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.PartnerRole;

/** A course the caller's organisation takes part in, and how. */
public record PartnershipRow(String courseCode, String courseTitle, CourseStatus status, PartnerRole role,
                             String contribution) {
}
