package dk.samspil.notification.control;

import java.time.LocalDateTime;

/**
 * An event in a personal calendar feed that is not a course session (a partner's visit to a class,
 * say): its UID stays the same for ever and its sequence rises when it changes, as for sessions.
 * Times are Danish local times.
 */
public record CalendarEntry(String uid, int sequence, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                            String location) {
}
