package dk.samspil.notification.control;

import dk.samspil.catalog.entity.CourseSession;
import dk.samspil.shared.DanishTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Calendar data for a course's sessions (RFC 5545, built with ical4j). Each session keeps one UID
 * for ever and its SEQUENCE rises when it moves, so calendar programs replace an invite rather than
 * adding a second one; a cancellation repeats the UIDs with METHOD:CANCEL.
 */
public final class Invitations {

    private static final String PRODUCT = "-//Samspil//Samspil EVU//DA";

    private Invitations() {
    }

    /** One session's UID, the same in every invite and in the feed. */
    public static String uid(CourseSession session) {
        return "session-" + session.getId() + "@samspil";
    }

    /** An invite (REQUEST) or its cancellation (CANCEL) for one attendee, from the given organiser. */
    public static String invite(String title, List<CourseSession> sessions, boolean cancel, String organiser,
                                String attendee) {
        Calendar calendar = calendar(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        for (CourseSession session : sessions) {
            VEvent event = event(title, session, cancel);
            event.add(new Organizer(URI.create("mailto:" + organiser)));
            event.add(new Attendee(URI.create("mailto:" + attendee)));
            calendar.add(event);
        }
        return calendar.toString();
    }

    /** The personal feed: every session of the courses the person holds a seat on, and their other entries. */
    public static String feed(List<CourseSession> sessions, List<CalendarEntry> entries) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        sessions.forEach(session -> calendar.add(event(session.getModule().getCourse().getTitle().da(), session, false)));
        entries.forEach(entry -> calendar.add(event(entry)));
        return calendar.toString();
    }

    private static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        return calendar;
    }

    /** Times go out in UTC (a trailing Z), so no time-zone definition has to travel with them. */
    private static VEvent event(String title, CourseSession session, boolean cancel) {
        VEvent event = new VEvent(utc(session.getStartsAt()), utc(session.getEndsAt()),
                title + " – " + session.getModule().getTitle().da());
        event.add(new Uid(uid(session)));
        event.add(new Sequence(session.getSequence() + (cancel ? 1 : 0)));
        event.add(new Location(session.getRoom().getLabel()));
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static VEvent event(CalendarEntry entry) {
        VEvent event = new VEvent(utc(entry.startsAt()), utc(entry.endsAt()), entry.title());
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(new Location(entry.location()));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static Instant utc(LocalDateTime danish) {
        return danish.atZone(DanishTime.ZONE).toInstant();
    }
}
