package dk.samspil.partner.boundary;

import dk.samspil.partner.entity.RequestStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One step of a request's history as both sides read it. */
public record StepRow(LocalDateTime at, String actor, RequestStatus status, LocalDateTime startsAt, LocalDateTime endsAt,
                      String message) implements Serializable {
}
