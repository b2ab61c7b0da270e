package dk.samspil.followup.entity;

import java.util.Set;

/** What a participant reports of cooperation with partners since the course: one begun, one gone on, or none. */
public enum Partnership {
    NEW, CONTINUED, NONE;

    /** A partnership that exists now, begun or gone on since the course: the share the reports show. */
    public static final Set<Partnership> EXISTING = Set.of(NEW, CONTINUED);
}
