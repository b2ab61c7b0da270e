package dk.samspil.finance.entity;

import dk.samspil.catalog.entity.CourseStatus;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.enrolment.entity.EnrolmentStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the billing rule needs to know of one enrolment and its course.
 *
 * @param withdrawalDeadline the last day participants may withdraw, or null: until the first session starts
 * @param firstSessionAt     when the course's first session starts, or null when it has none yet
 * @param seatReleasedAt     when a seated participant gave up the seat, or null
 * @param invoiced           whether a line of an invoice already asks for this enrolment
 * @param credited           whether a credit note already gave that back
 */
public record BillingFacts(CourseStatus courseStatus, BigDecimal price, Payer payer, LocalDate withdrawalDeadline,
                           LocalDateTime firstSessionAt, EnrolmentStatus status, LocalDateTime seatReleasedAt,
                           boolean invoiced, boolean credited) {

    /** The moment withdrawing stops being free: the day after the deadline begins, or the first session starts. */
    public LocalDateTime withdrawalEnds() {
        return withdrawalDeadline != null ? withdrawalDeadline.plusDays(1).atStartOfDay() : firstSessionAt;
    }
}
