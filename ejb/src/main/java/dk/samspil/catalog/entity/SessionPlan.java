package dk.samspil.catalog.entity;

import dk.samspil.people.entity.PartnerOrganisation;
import dk.samspil.people.entity.Account;

import java.time.LocalDateTime;
import java.util.Set;

/** When and where a session meets, who teaches it and which partner (if any) hosts it. */
public record SessionPlan(LocalDateTime startsAt, LocalDateTime endsAt, Room room, Set<Account> facilitators,
                          PartnerOrganisation host) {

    public static final int FACILITATORS_MAX = 10;

    public SessionPlan {
        facilitators = Set.copyOf(facilitators);
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidCourseException("ends", "catalog.session.ends-before-start");
        }
        if (!startsAt.toLocalDate().equals(endsAt.toLocalDate())) {
            throw new InvalidCourseException("ends", "catalog.session.same-day");
        }
        if (facilitators.size() > FACILITATORS_MAX) {
            throw new InvalidCourseException("facilitators", "catalog.session.too-many-facilitators", FACILITATORS_MAX);
        }
    }

    public SessionPlan shiftedBy(long days) {
        return new SessionPlan(startsAt.plusDays(days), endsAt.plusDays(days), room, facilitators, host);
    }
}
