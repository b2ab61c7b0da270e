package dk.samspil.reflection.boundary;

/**
 * EclipseLink query hints that read the shares of every reflection in a list with one more
 * statement, instead of one per reflection.
 */
final class ReflectionQueries {

    static final String BATCH = "eclipselink.batch";
    static final String BATCH_TYPE = "eclipselink.batch.type";

    private ReflectionQueries() {
    }
}
