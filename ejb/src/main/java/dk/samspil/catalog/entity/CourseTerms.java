package dk.samspil.catalog.entity;

import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Municipality;
import dk.samspil.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Everything a consultant decides about a course in one value, so that creating and revising a
 * course check exactly the same rules ({@link Course#revise(CourseTerms)}).
 */
public record CourseTerms(String code, LocalizedText title, LocalizedText description, Theme theme,
                          Set<TargetGroup> targetGroups, int ects, BigDecimal price, Payer payer,
                          String place, Municipality municipality, LocalDate registrationDeadline,
                          LocalDate periodStart, LocalDate periodEnd, int minParticipants, int maxParticipants,
                          boolean leaderApprovalRequired, WaitingListPolicy waitingListPolicy, Integer offerHours,
                          int waitingListCapacity, Account consultant) {

    public static final BigDecimal PRICE_MAX = new BigDecimal("100000");
    public static final int OFFER_HOURS_MAX = 336;
    public static final int WAITING_LIST_MAX = 500;

    public CourseTerms {
        targetGroups = Set.copyOf(targetGroups);
        if (waitingListPolicy == WaitingListPolicy.PROMOTE) {
            offerHours = null;
        }
    }

    /** Throws for the first rule broken, naming the form field that holds the wrong value. */
    void check() {
        if (!Course.ALLOWED_ECTS.contains(ects)) {
            throw new InvalidCourseException("ects", "catalog.course.ects.invalid");
        }
        if (minParticipants < 1 || maxParticipants > Course.MAX_PARTICIPANTS_LIMIT) {
            throw new InvalidCourseException("max", "catalog.course.participants.range", Course.MAX_PARTICIPANTS_LIMIT);
        }
        if (minParticipants > maxParticipants) {
            throw new InvalidCourseException("min", "catalog.course.participants.min-above-max");
        }
        if (targetGroups.isEmpty()) {
            throw new InvalidCourseException("target-groups", "catalog.course.target-groups.required");
        }
        if (price.signum() < 0 || price.compareTo(PRICE_MAX) > 0 || price.stripTrailingZeros().scale() > 2) {
            throw new InvalidCourseException("price", "catalog.course.price.range", PRICE_MAX);
        }
        if ((payer == Payer.FUNDED) != (price.signum() == 0)) {
            throw new InvalidCourseException("payer", "catalog.course.payer.mismatch");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new InvalidCourseException("period-end", "catalog.course.period.order");
        }
        if (registrationDeadline.isAfter(periodStart)) {
            throw new InvalidCourseException("deadline", "catalog.course.deadline.after-start");
        }
        if (waitingListPolicy == WaitingListPolicy.OFFER && (offerHours == null || offerHours < 1
                || offerHours > OFFER_HOURS_MAX)) {
            throw new InvalidCourseException("offer-hours", "catalog.course.offer-hours.range", OFFER_HOURS_MAX);
        }
        if (waitingListCapacity < 0 || waitingListCapacity > WAITING_LIST_MAX) {
            throw new InvalidCourseException("waiting-list", "catalog.course.waiting-list.range", WAITING_LIST_MAX);
        }
    }
}
