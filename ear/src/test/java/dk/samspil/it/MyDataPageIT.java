package dk.samspil.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anyone logged in downloads their own data from the header's "Mine data". */
class MyDataPageIT extends BrowserJourney {

    @Test
    void aParticipantDownloadsTheirData() throws IOException {
        String email = db.account("Data Dorthe", null, "PARTICIPANT");
        browser.logIn(email, TestDatabase.PASSWORD);
        browser.clickAndWait("#my-data-link");
        browser.assertAccessible();
        Path zip = browser.download("#mine\\:download", ".zip");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertNotNull(file.getEntry("data.json"));
            assertTrue(new String(file.getInputStream(file.getEntry("index.html")).readAllBytes()).contains("Data Dorthe"));
        }
        assertTrue(Files.size(zip) > 0);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aPersonSeesWhoOpenedTheirStaffRecordAndAnAdministratorSeesItForThem() {
        long school = db.institution("Adgangsskolen");
        String teacher = db.account("Synlig Sofie", school, "PARTICIPANT");
        String leader = db.account("Leder Lykke", null, "LEADER");
        db.lead(leader, school);
        long teacherId = ((Number) db.value("SELECT id FROM account WHERE email = ?", teacher)).longValue();

        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.open("/leader/staff-member.xhtml?id=" + teacherId);
        assertTrue(browser.text().contains("Synlig Sofie"), browser.text());
        browser.logOut();

        browser.logIn(teacher, TestDatabase.PASSWORD);
        browser.clickAndWait("#my-data-link");
        String log = browser.find("#access-log").getText();
        assertTrue(log.contains("Leder Lykke") && log.contains("Åbnede dit medarbejderoverblik") && log.contains("Adgangsskolen"),
                log);
        browser.assertAccessible();
        browser.logOut();

        String admin = db.account("Admin Alma", null, "ADMIN");
        browser.logIn(admin, TestDatabase.PASSWORD);
        browser.open("/my-data.xhtml");
        assertTrue(browser.find("#access-log-empty").isDisplayed(), "nobody looked at the administrator's data");
        browser.find("#other\\:email").sendKeys(teacher);
        browser.clickAndWait("#other\\:access-log");
        assertTrue(browser.find("#access-log").getText().contains("Leder Lykke"), browser.text());
        assertTrue(browser.heading().length() > 0 && browser.text().contains(teacher), browser.text());
        browser.assertAccessible();
    }
}
