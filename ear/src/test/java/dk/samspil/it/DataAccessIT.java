package dk.samspil.it;

import dk.samspil.people.boundary.DataAccess;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An access request returns everything about the person, found from the register, and nothing about anyone else. */
class DataAccessIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(DataAccessIT.class, AsParticipantA.class, AsAdmin.class);
    }

    @Inject
    DataAccess access;

    @Inject
    AsParticipantA asPerson;

    @Inject
    AsAdmin asAdmin;

    @Test
    void aPersonGetsTheirEnrolmentsReflectionsGoalsAndNotificationsAndNobodyElses() throws Exception {
        db.login(TestPeople.PARTICIPANT_A, "PARTICIPANT");
        db.login(TestPeople.ADMIN, "ADMIN");
        long school = db.institution("Dataskolen");
        db.employ(TestPeople.PARTICIPANT_A, school);
        var course = db.course("PUBLISHED", 10);
        db.enrol(course, TestPeople.PARTICIPANT_A, "CONFIRMED");
        String marker = "Refleksion-" + TestDatabase.unique();
        db.update("""
                INSERT INTO reflection (author_id, module_id, body, status, created_at, updated_at)
                SELECT id, ?, ?, 'DRAFT', NOW(), NOW() FROM account WHERE email = ?""",
                course.moduleId(), "<p>" + marker + " &lt;script&gt;</p>", TestPeople.PARTICIPANT_A);
        String goal = "Mål-" + TestDatabase.unique();
        db.update("""
                INSERT INTO development_goal (account_id, text, status, agreed_by, agreed_at)
                SELECT a.id, ?, 'OPEN', a.id, NOW() FROM account a WHERE a.email = ?""", goal, TestPeople.PARTICIPANT_A);
        String other = db.account("Anden Person", school, "PARTICIPANT");
        db.enrol(course, other, "CONFIRMED");

        Map<String, String> zip = unzip(asPerson.call(() -> access.myData()));
        String json = zip.get("data.json");
        assertTrue(json.contains(TestPeople.PARTICIPANT_A));
        assertTrue(json.contains(marker), "reflections included");
        assertTrue(json.contains(goal), "goals included");
        assertTrue(json.contains("\"Enrolment.participant\""), json);
        assertTrue(json.contains("(kept, not shown)"), "the password hash is named, never written");
        assertFalse(json.contains(other), "nobody else's data");
        assertTrue(zip.get("index.html").contains(marker));
        assertFalse(zip.get("index.html").contains("<p>" + marker), "the readable copy escapes what it shows");

        assertEquals(json, unzip(asAdmin.call(() -> access.dataOf(TestPeople.PARTICIPANT_A.toUpperCase()))).get("data.json"),
                "an administrator gets the same on the person's behalf");
        assertThrows(EJBAccessException.class, () -> asPerson.call(() -> access.dataOf(other)));
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
