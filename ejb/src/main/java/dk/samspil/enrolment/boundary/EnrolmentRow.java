package dk.samspil.enrolment.boundary;

import java.io.Serializable;

import dk.samspil.enrolment.entity.EnrolmentStatus;

import java.time.LocalDateTime;

/**
 * One of the caller's enrolments, in the reader's language: {@code position} is the place in the
 * waiting list (0 when not waitlisted), {@code offerExpiresAt} when a seat is offered; {@code ended}
 * once the course's last session is over (its evaluation is then open to those who had a seat).
 */
public record EnrolmentRow(String courseCode, String courseTitle, EnrolmentStatus status, String place,
                           LocalDateTime startsAt, long position, LocalDateTime offerExpiresAt, boolean ended) implements Serializable {

    /** Where the participant's home lists it: what is going on, in line, behind them, or ended without a course. */
    public enum Stage { CURRENT, WAITING, FINISHED, ENDED }

    public Stage stage() {
        return switch (status) {
            case REQUESTED, AWAITING_APPROVAL, OFFERED -> Stage.CURRENT;
            case CONFIRMED -> ended ? Stage.FINISHED : Stage.CURRENT;
            case WAITLISTED -> Stage.WAITING;
            case COMPLETED -> Stage.FINISHED;
            case REJECTED, WITHDRAWN, CANCELLED -> Stage.ENDED;
        };
    }

    public boolean isEvaluable() {
        return ended && (status == EnrolmentStatus.CONFIRMED || status == EnrolmentStatus.COMPLETED);
    }
}
