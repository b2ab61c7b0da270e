package dk.samspil.it;

import dk.samspil.shared.SecurityLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logins, failed logins and authorization refusals are written to the security log, with who and what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityEventsIT {

    private final TestDatabase db = Server.database();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static List<String> securityLog() throws Exception {
        return Files.readAllLines(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"),
                StandardCharsets.UTF_8).stream().filter(line -> line.contains("[" + SecurityLog.CATEGORY + "]")).toList();
    }

    private static void assertLogged(String... parts) throws Exception {
        List<String> log = securityLog();
        assertTrue(log.stream().anyMatch(line -> List.of(parts).stream().allMatch(line::contains)),
                String.join(" … ", parts) + " in " + log.subList(Math.max(0, log.size() - 10), log.size()));
    }

    @Test
    void loginsFailuresAndRefusalsAreSecurityEvents() throws Exception {
        String person = db.account("Logget Lone", null, "PARTICIPANT");
        WebClient client = WebClient.anonymous();
        assertEquals(200, client.logIn(person, "not-the-password").statusCode());
        assertLogged("Login failed for account:" + person);
        assertEquals(302, client.logIn(person, TestDatabase.PASSWORD).statusCode());
        assertLogged("Login of " + person);
        assertEquals(403, client.get("/admin/retention.xhtml").statusCode());
        assertLogged("Refused " + person + " to /admin/retention.xhtml");
    }
}
