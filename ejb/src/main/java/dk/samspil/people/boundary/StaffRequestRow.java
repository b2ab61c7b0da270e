package dk.samspil.people.boundary;

import dk.samspil.people.entity.JobFunction;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A self-registered person who says they work at an institution the leader leads. */
public record StaffRequestRow(long accountId, String name, String email, JobFunction jobFunction, String institution,
                              LocalDateTime registeredAt) implements Serializable {
}
