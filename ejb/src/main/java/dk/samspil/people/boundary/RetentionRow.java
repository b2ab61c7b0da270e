package dk.samspil.people.boundary;

import dk.samspil.people.entity.RetentionKind;

import java.time.LocalDate;

/** One rule with what it affects: rows older than {@code cutoff} (due in a dry run, removed in a run). */
public record RetentionRow(RetentionKind kind, int keepMonths, LocalDate cutoff, long rows) {
}
