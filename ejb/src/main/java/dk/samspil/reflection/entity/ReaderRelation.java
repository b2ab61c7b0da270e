package dk.samspil.reflection.entity;

/**
 * How a reader stands to a reflection's author and course, as the boundary found it from the
 * reader's principal: each flag opens exactly one audience, and only if the author shared with it.
 */
public record ReaderRelation(boolean author, boolean courseTeam, boolean leader, boolean cohort) {

    public static final ReaderRelation AUTHOR = new ReaderRelation(true, false, false, false);

    public boolean belongsTo(Audience audience) {
        return switch (audience) {
            case COURSE_TEAM -> courseTeam;
            case LEADERS -> leader;
            case COHORT -> cohort;
        };
    }
}
