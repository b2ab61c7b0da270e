package dk.samspil.it;

import dk.samspil.enrolment.boundary.Enrolments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Prometheus endpoint on the management interface has the server's request counts and times,
 * the datasource pool, and the application's enrolments, counted once they are committed.
 */
class MetricsIT extends InContainerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(MetricsIT.class, AsParticipantA.class);
    }

    @Inject
    Enrolments enrolments;

    @Inject
    AsParticipantA asParticipant;

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:10090" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private static double confirmedEnrolments(String metrics) {
        Matcher line = Pattern.compile("(?m)^samspil_enrolments_total\\{[^}]*status=\"confirmed\"[^}]*} (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void requestsThePoolAndEnrolmentsAreMeasured() throws Exception {
        db.login(TestPeople.PARTICIPANT_A, "PARTICIPANT");
        var course = db.course("PUBLISHED", 10);
        double before = confirmedEnrolments(get("/metrics"));

        asParticipant.call(() -> enrolments.enrol(course.code(), null));
        String after = get("/metrics");

        assertEquals(before + 1, confirmedEnrolments(after), 0.0001, "one committed enrolment, counted once: "
                + after.lines().filter(l -> l.startsWith("samspil_")).toList());
        for (String metric : new String[] {"undertow_request_count", "undertow_processing_time", "datasources_pool_active_count",
                "datasources_pool_max_used_count", "memory_used_heap"}) {
            assertTrue(after.contains(metric), metric + " in the scrape");
        }
        assertTrue(get("/health/live").contains("UP"));
    }
}
