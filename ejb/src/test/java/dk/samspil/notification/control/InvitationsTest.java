package dk.samspil.notification.control;

import dk.samspil.catalog.entity.Course;
import dk.samspil.catalog.entity.CourseTerms;
import dk.samspil.catalog.entity.Payer;
import dk.samspil.catalog.entity.Room;
import dk.samspil.catalog.entity.SessionPlan;
import dk.samspil.catalog.entity.TargetGroup;
import dk.samspil.catalog.entity.Theme;
import dk.samspil.catalog.entity.WaitingListPolicy;
import dk.samspil.notification.entity.NotificationKind;
import dk.samspil.shared.LocalizedText;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationsTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    private static Course course() {
        var course = new Course(new CourseTerms("EVU-T", new LocalizedText("Åben skole", "Open school"),
                new LocalizedText("Beskrivelse", null), new Theme("t", new LocalizedText("Tema", "Theme")),
                Set.of(TargetGroup.TEACHER), 0, BigDecimal.ZERO, Payer.FUNDED, "Campus", null, START.minusWeeks(2),
                START, START.plusMonths(1), 1, 10, false, WaitingListPolicy.PROMOTE, null, 0, null));
        var module = course.programme().addModule(new LocalizedText("Modul ét", null), null, null, null);
        var room = new Room("Campus Vejle", "Lokale A1.12", null, 30);
        course.programme().schedule(module, new SessionPlan(START.atTime(9, 0), START.atTime(15, 0), room, Set.of(), null));
        return course;
    }

    @Test
    void anInviteRequestsTheSessionsInUtcWithAStableUidAndSequence() {
        var course = course();
        var sessions = course.getModules().get(0).getSessions();
        String ics = Invitations.invite("Åben skole", sessions, false, "samspil@samspil.example", "anne@skole.example");
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("METHOD:REQUEST"), ics);
        assertTrue(unfolded.contains("DTSTART:20270301T080000Z"), "09:00 in Copenhagen is 08:00 UTC in March\n" + ics);
        assertTrue(unfolded.contains("UID:" + Invitations.uid(sessions.get(0))), ics);
        assertTrue(unfolded.contains("SEQUENCE:0"), ics);
        assertTrue(unfolded.contains("LOCATION:Campus Vejle\\, Lokale A1.12"), ics);
        assertTrue(unfolded.contains("ATTENDEE:mailto:anne@skole.example"), ics);
    }

    @Test
    void aCancellationRepeatsTheUidWithAHigherSequence() {
        var course = course();
        var sessions = course.getModules().get(0).getSessions();
        String ics = Invitations.invite("Åben skole", sessions, true, "samspil@samspil.example", "anne@skole.example")
                .replace("\r\n ", "");
        assertTrue(ics.contains("METHOD:CANCEL"), ics);
        assertTrue(ics.contains("STATUS:CANCELLED"), ics);
        assertTrue(ics.contains("SEQUENCE:1"), ics);
    }

    @Test
    void aMovedSessionRaisesItsSequence() {
        var course = course();
        var session = course.getModules().get(0).getSessions().get(0);
        course.programme().reschedule(session, session.plan().shiftedBy(7));
        assertEquals(1, session.getSequence());
    }

    @Test
    void everyKindHasAMailInBothLanguages() {
        for (Locale locale : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
            ResourceBundle texts = ResourceBundle.getBundle("dk.samspil.notification.mails", locale);
            Arrays.stream(NotificationKind.values()).forEach(kind -> {
                assertTrue(texts.containsKey("mail." + kind + ".subject"), kind + " " + locale);
                assertTrue(texts.containsKey("mail." + kind + ".body"), kind + " " + locale);
            });
        }
        assertEquals("You are enrolled on {0}",
                ResourceBundle.getBundle("dk.samspil.notification.mails", Locale.ENGLISH).getString("mail.CONFIRMED.subject"));
    }
}
