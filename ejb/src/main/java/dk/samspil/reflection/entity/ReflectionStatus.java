package dk.samspil.reflection.entity;

/** A reflection is a draft until first submitted; after that it stays submitted and each resubmission adds a version. */
public enum ReflectionStatus {
    DRAFT, SUBMITTED
}
