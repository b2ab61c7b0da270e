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
}
