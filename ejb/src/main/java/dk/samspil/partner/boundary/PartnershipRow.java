package dk.samspil.partner.boundary;

import java.io.Serializable;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.PartnerRole;

/** A course the caller's organisation takes part in, how, and in which module (null: the whole course). */
public record PartnershipRow(String courseCode, String courseTitle, CourseStatus status, PartnerRole role,
                             String module, String contribution) implements Serializable {
}
