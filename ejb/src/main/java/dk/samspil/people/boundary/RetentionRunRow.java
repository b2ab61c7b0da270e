package dk.samspil.people.boundary;

import dk.samspil.people.entity.RetentionKind;
import dk.samspil.people.entity.RetentionRun.StartedBy;

import java.time.LocalDateTime;

/** One past enforcement of one rule. */
public record RetentionRunRow(LocalDateTime ranAt, RetentionKind kind, int keepMonths, int removed, StartedBy startedBy) {
}
