package dk.samspil.catalog.entity;

/** How a partner organisation takes part in a course. */
public enum PartnerRole {
    CO_DESIGNER, HOST, CONTRIBUTOR
}
