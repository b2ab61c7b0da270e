package dk.samspil.catalog.entity;

/** A course's life: draft → published → cancelled or completed. */
public enum CourseStatus {
    DRAFT, PUBLISHED, CANCELLED, COMPLETED
}
