package dk.samspil.it;

import dk.samspil.development.boundary.Goals;
import dk.samspil.development.boundary.StaffOverview;
import dk.samspil.development.boundary.StaffQuery;
import dk.samspil.enrolment.boundary.CourseEnrolments;
import dk.samspil.people.boundary.AccessRow;
import dk.samspil.people.boundary.DataAccess;
import dk.samspil.people.entity.AccessKind;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A leader opening a staff record, a leader's and a consultant's exports and an administrator's
 * download each land in the access log of every person they include, visible to that person and to
 * administrators; what people do with their own data is not logged.
 */
class AccessLogIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AccessLogIT.class, AsLeader.class, AsPlanner.class,
                AsParticipantA.class, AsAdmin.class);
    }

    @Inject
    Goals goals;

    @Inject
    StaffOverview staff;

    @Inject
    CourseEnrolments enrolments;

    @Inject
    DataAccess access;

    @Inject
    AsLeader asLeader;

    @Inject
    AsPlanner asConsultant;

    @Inject
    AsParticipantA asPerson;

    @Inject
    AsAdmin asAdmin;

    @Test
    void readsAndExportsByOthersAreLoggedForEachPersonIncluded() throws Exception {
        String schoolName = "Logskolen " + TestDatabase.unique();
        long school = db.institution(schoolName);
        db.leadAs(TestPeople.LEADER, school);
        db.login(TestPeople.ADMIN, "ADMIN");
        db.login(TestPeople.PLANNER, "CONSULTANT");
        String colleague = db.account("Kollega Kirsten", school, "PARTICIPANT");
        long colleagueId = ((Number) db.value("SELECT id FROM account WHERE email = ?", colleague)).longValue();
        var course = db.course("PUBLISHED", 10);
        db.enrol(course, colleague, "CONFIRMED");

        asLeader.call(() -> goals.findPerson(colleagueId, Locale.ROOT));
        asLeader.call(() -> staff.exportMyStaff(new StaffQuery(school, null, null, null, "name", 0)));
        asConsultant.call(() -> enrolments.exportForCourse(course.code(), Locale.ROOT));
        asConsultant.call(() -> enrolments.findForCourse(course.code(), Locale.ROOT));
        asAdmin.call(() -> access.dataOf(colleague));

        List<AccessRow> log = asAdmin.call(() -> access.accessLogOf(colleague));
        assertEquals(List.of(AccessKind.DATA_EXPORT, AccessKind.ENROLMENT_EXPORT, AccessKind.STAFF_EXPORT,
                AccessKind.STAFF_RECORD), log.stream().map(AccessRow::kind).toList(), "newest first; viewing a list is not an export");
        assertEquals("Test LEADER", log.get(3).readerName());
        assertTrue(log.get(3).what().startsWith(schoolName), log.get(3).what());
        assertEquals(course.code(), log.get(1).what());
        assertTrue(log.get(0).accessedAt() != null);
    }

    @Test
    void aPersonSeesTheirOwnLogAndWhatTheyDoThemselvesIsNotInIt() throws Exception {
        long school = db.institution("Egenskolen " + TestDatabase.unique());
        db.employ(TestPeople.PARTICIPANT_A, school);
        db.leadAs(TestPeople.LEADER, school);
        db.login(TestPeople.ADMIN, "ADMIN");
        long personId = db.login(TestPeople.PARTICIPANT_A, "PARTICIPANT");
        String marker = "Egenskolen";
        long before = ((Number) db.value("SELECT COUNT(*) FROM access_log WHERE subject_id = ?", personId)).longValue();

        asPerson.call(() -> access.myData());
        asLeader.call(() -> goals.findPerson(personId, Locale.ROOT));

        List<AccessRow> mine = asPerson.call(() -> access.myAccessLog());
        assertEquals(AccessKind.STAFF_RECORD, mine.get(0).kind());
        assertTrue(mine.get(0).what().startsWith(marker));
        assertEquals(before + 1, ((Number) db.value("SELECT COUNT(*) FROM access_log WHERE subject_id = ?", personId))
                .longValue(), "the leader's look is logged, the person's own download is not");
    }
}
