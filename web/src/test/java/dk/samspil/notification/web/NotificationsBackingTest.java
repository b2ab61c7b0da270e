package dk.samspil.notification.web;

import dk.samspil.notification.boundary.NotificationRow;
import dk.samspil.notification.entity.NotificationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A notification leads to the page that asks something of its reader, else to the course. */
class NotificationsBackingTest {

    private static String link(NotificationKind kind, String detail) {
        return new NotificationsBacking().link(new NotificationRow(1, kind, "EVU-1", "Kursus", detail, LocalDateTime.now(), true));
    }

    @Test
    void aFollowUpLeadsTheParticipantToTheirAnswerAndTheLeaderToTheirStaffsFollowUps() {
        assertEquals("/participant/follow-up.xhtml?course=EVU-1", link(NotificationKind.FOLLOW_UP_OPEN, null));
        assertEquals("/participant/follow-up.xhtml?course=EVU-1", link(NotificationKind.FOLLOW_UP_REMINDER, null));
        assertEquals("/leader/follow-ups.xhtml", link(NotificationKind.FOLLOW_UP_LEADER, "Anne Larsen"));
        assertEquals("/leader/follow-ups.xhtml", link(NotificationKind.FOLLOW_UP_REMINDER, "Anne Larsen"));
    }

    @Test
    void anEvaluationLeadsToItsFormAndEverythingElseToTheCourse() {
        assertEquals("/participant/evaluation.xhtml?course=EVU-1", link(NotificationKind.EVALUATION_OPEN, null));
        assertEquals("/catalog/course.xhtml?code=EVU-1", link(NotificationKind.CONFIRMED, null));
    }
}
