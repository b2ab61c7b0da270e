package dk.samspil.catalog.entity;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Municipality;
import dk.samspil.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Everything a consultant decides about a course in one value, so that creating and revising a
 * course check exactly the same rules ({@link Course#revise(CourseTerms)}); the enrolment terms among them
 * check their own ({@link EnrolmentTerms}).
 */
public record CourseTerms(String code, LocalizedText title, LocalizedText description, Theme theme,
                          Set<TargetGroup> targetGroups, int ects, BigDecimal price, Payer payer,
                          String place, Municipality municipality, LocalDate registrationDeadline,
                          LocalDate periodStart, LocalDate periodEnd, int minParticipants, int maxParticipants,
                          boolean leaderApprovalRequired, WaitingListPolicy waitingListPolicy, Integer offerHours,
                          int waitingListCapacity, Account consultant) {

    public CourseTerms {
        targetGroups = Set.copyOf(targetGroups);
        if (waitingListPolicy == WaitingListPolicy.PROMOTE) {
            offerHours = null;
        }
    }

    /** The enrolment terms of a course that keeps every rule; throws for the first rule broken, naming its form field. */
    EnrolmentTerms check() {
        if (!Course.ALLOWED_ECTS.contains(ects)) {
            throw new InvalidCourseException("ects", "catalog.course.ects.invalid");
        }
        var enrolment = new EnrolmentTerms(price, payer, registrationDeadline, minParticipants, maxParticipants,
                leaderApprovalRequired, waitingListPolicy, offerHours, waitingListCapacity);
        if (targetGroups.isEmpty()) {
            throw new InvalidCourseException("target-groups", "catalog.course.target-groups.required");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidCourseException("period-end", "catalog.course.period.order");
        }
        if (registrationDeadline.isAfter(periodStart)) {
            throw new InvalidCourseException("deadline", "catalog.course.deadline.after-start");
        }
        return enrolment;
    }
}
