package dk.samspil.people.boundary;

import dk.samspil.people.entity.AccessKind;

import java.time.LocalDateTime;

/** One line of a person's access log: when, who, what kind of data, which. */
public record AccessRow(LocalDateTime accessedAt, String readerName, AccessKind kind, String what) {
}
