package dk.samspil.followup.boundary;

import java.io.Serializable;

/**
 * Participants' follow-up responses under one heading (a theme, a municipality, a theme in a
 * half-year): how many, and, from three on, the mean of their scores and the share reporting a new
 * or continued partnership (0–1). Below three {@code shown} is false and the figures are 0.
 */
public record FollowUpFigures(String name, String period, long responses, boolean shown, double mean,
                              double partnershipShare) implements Serializable {
}
