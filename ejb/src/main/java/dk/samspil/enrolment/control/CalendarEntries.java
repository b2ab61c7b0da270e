package dk.samspil.enrolment.control;

import dk.samspil.notification.control.CalendarEntry;
import dk.samspil.people.entity.Account;

import java.util.List;

/**
 * Events a capability above enrolment puts in a person's calendar feed besides their course
 * sessions (bookings of partners' offers): enrolment declares it, they implement it as CDI beans,
 * and the feed asks every one of them.
 */
public interface CalendarEntries {

    /** The events for the feed's owner, in any order. */
    List<CalendarEntry> of(Account owner);
}
