package dk.samspil.it;

import dk.samspil.notification.boundary.NotificationRow;
import dk.samspil.notification.boundary.Notifications;
import dk.samspil.enrolment.control.Reminders;
import dk.samspil.notification.entity.NotificationKind;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reminders and go/no-go warnings go out once; each person reads only their own notifications. */
class NotificationsIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(NotificationsIT.class, AsPlanner.class, AsParticipantA.class);
    }

    @Inject
    Reminders reminders;

    @Inject
    Notifications notifications;

    @Inject
    AsPlanner asPlanner;

    @Inject
    AsParticipantA asTeacher;

    private long count(TestDatabase.Course course, String kind) {
        return (Long) db.value("SELECT COUNT(*) FROM notification WHERE course_id = ? AND kind = ?", course.id(), kind);
    }

    @Test
    void everyoneWithASeatIsRemindedOnceThreeDaysAhead() throws Exception {
        var soon = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().plusDays(3));
        db.login(TestPeople.PARTICIPANT_A, "PARTICIPANT");
        db.enrol(soon, TestPeople.PARTICIPANT_A, "CONFIRMED");
        db.enrol(soon, db.account("I kø", null, "PARTICIPANT"), "WAITLISTED");
        asPlanner.call(() -> { reminders.remindThoseStartingSoon(LocalDate.now()); return null; });
        asPlanner.call(() -> { reminders.remindThoseStartingSoon(LocalDate.now()); return null; });
        assertEquals(1, count(soon, "REMINDER"), "one reminder, to the one with a seat");

        List<NotificationRow> mine = asTeacher.call(() -> notifications.findMine(Locale.forLanguageTag("da")));
        assertTrue(mine.stream().anyMatch(n -> n.kind() == NotificationKind.REMINDER && soon.code().equals(n.courseCode())));
        assertTrue(asTeacher.call(() -> notifications.countUnread()) >= 1);
        asTeacher.call(() -> { notifications.markAllRead(); return null; });
        assertEquals(0L, asTeacher.call(() -> notifications.countUnread()));
    }

    @Test
    void theConsultantIsAskedGoOrNoGoOnceWhenACourseIsBelowItsMinimum() throws Exception {
        db.login(TestPeople.PLANNER, "CONSULTANT");
        var thin = db.course("PUBLISHED", 10);
        db.set(thin, "min_participants = 5, registration_deadline = CURDATE() + INTERVAL 5 DAY");
        db.enrol(thin, db.account("Eneste", null, "PARTICIPANT"), "CONFIRMED");
        var full = db.course("PUBLISHED", 1);
        db.set(full, "min_participants = 1, registration_deadline = CURDATE() + INTERVAL 5 DAY");
        db.enrol(full, db.account("Nok", null, "PARTICIPANT"), "CONFIRMED");

        asPlanner.call(() -> { reminders.warnBelowMinimum(LocalDate.now()); return null; });
        asPlanner.call(() -> { reminders.warnBelowMinimum(LocalDate.now()); return null; });

        assertEquals(1, count(thin, "BELOW_MINIMUM"));
        assertEquals(0, count(full, "BELOW_MINIMUM"));
    }
}
