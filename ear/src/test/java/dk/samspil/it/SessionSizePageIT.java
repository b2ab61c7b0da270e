package dk.samspil.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a session holds after a day's journey of each role (five pages, each with its form's view
 * state, and the login) serializes, as a distributable session must, and stays small: at most
 * 20 KB, so that a restart or a second server copies little. The sizes are printed for the
 * benchmarks' record. A session's requests run one after the other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSizePageIT {

    static final int MOST_BYTES = 20 * 1024;

    private final TestDatabase db = Server.database();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.application();
        ear.getAsType(WebArchive.class, "samspil-web.war").addClasses(SessionSize.class, SessionHold.class);
        return ear;
    }

    @Test
    void eachRolesSessionSerializesAndStaysSmall() {
        long school = db.institution("Sessionsskolen");
        var course = db.course("PUBLISHED", 20);
        String code = URLEncoder.encode(course.code(), StandardCharsets.UTF_8);
        String participant = db.account("Pia Session", school, "PARTICIPANT");
        db.enrol(course, participant, "CONFIRMED");
        String leader = db.account("Lis Session", school, "LEADER", "PARTICIPANT");
        db.lead(leader, school);
        String consultant = db.account("Kim Session", null, "CONSULTANT");
        String partner = db.account("Per Session", null, "PARTNER");
        db.update("UPDATE account SET partner_organisation_id = (SELECT id FROM partner_organisation WHERE name = ?) "
                + "WHERE email = ?", db.partner(course, "HOST"), partner);
        String admin = db.account("Ane Session", null, "ADMIN");

        List<String> sizes = new ArrayList<>();
        sizes.add(journey("participant", participant, "/", "/catalog/course.xhtml?code=" + code, "/participant/my-courses.xhtml",
                "/participant/my-goals.xhtml", "/participant/workplace.xhtml"));
        sizes.add(journey("leader", leader, "/leader/my-staff.xhtml", "/leader/approvals.xhtml", "/leader/coverage.xhtml",
                "/leader/staff-requests.xhtml", "/leader/nominate.xhtml?code=" + code));
        sizes.add(journey("consultant", consultant, "/consultant/course-planning.xhtml", "/consultant/course-edit.xhtml?code=" + code,
                "/consultant/course-enrolments.xhtml?code=" + code, "/consultant/partners.xhtml", "/consultant/rooms.xhtml"));
        sizes.add(journey("partner", partner, "/partner/my-partnerships.xhtml", "/", "/notifications.xhtml",
                "/my-data.xhtml", "/password.xhtml"));
        sizes.add(journey("admin", admin, "/admin/accounts.xhtml", "/admin/institutions.xhtml", "/admin/retention.xhtml",
                "/admin/institution.xhtml?id=" + school, "/my-data.xhtml"));
        System.out.println("Serialized session after each role's journey: " + sizes);
        assertTrue(sizes.stream().noneMatch(size -> size.contains("too big")), sizes.toString());
    }

    /**
     * Two people's sessions share nothing: each is written (replicated, stored) while the other's
     * requests run, so an object in both would be changed by one while the other's is written, and
     * would carry one person's data in the other's session. Mojarra's "distributable" mode did just
     * that with the flash (the whole application's flash messages in every session): an enrolment
     * shows its outcome through the flash after a redirect.
     */
    @Test
    void noTwoSessionsHoldTheSameObject() {
        long school = db.institution("Delingsskolen");
        var course = db.course("PUBLISHED", 20);
        List<Set<String>> held = new ArrayList<>();
        for (String name : List.of("Dea Deling", "Dan Deling")) {
            String email = db.account(name, school, "PARTICIPANT");
            try (Browser browser = new Browser()) {
                browser.logIn(email, TestDatabase.PASSWORD);
                assertEquals("Du er tilmeldt, og din plads er bekræftet.",
                        CoursePage.open(browser, course.code()).enrol().message());
                browser.open("/test/session-size?shared");
                held.add(browser.text().lines().map(line -> line.substring(line.indexOf(' ') + 1)).collect(Collectors.toSet()));
            }
        }
        Set<String> both = new HashSet<>(held.get(0));
        both.retainAll(held.get(1));
        assertTrue(both.isEmpty(), "held by both sessions: " + both);
    }

    /**
     * Two requests of one session sent at once run one after the other, each until its session is
     * written: WildFly writes a session after the response has left and does not hold the next
     * request back itself, and a request changing the session during that write would make a write
     * the other node cannot read (OneRequestPerSession).
     */
    @Test
    void aSessionsRequestsRunOneAfterTheOther() throws Exception {
        WebClient client = WebClient.loggedIn(db.account("Sif Samtidig", db.institution("Samtidigskolen"), "PARTICIPANT"));
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(two.submit(() -> client.get("/test/session-hold?ms=700")));
            }
            List<long[]> ran = new ArrayList<>();
            for (Future<HttpResponse<String>> response : sent) {
                assertEquals(200, response.get().statusCode());
                ran.add(Arrays.stream(response.get().body().split(" ")).mapToLong(Long::parseLong).toArray());
            }
            ran.sort(Comparator.comparingLong(interval -> interval[0]));
            assertTrue(ran.get(1)[0] >= ran.get(0)[1], "the second request began before the first ended");
        } finally {
            two.shutdownNow();
        }
    }

    /** Logs in, opens the pages, and returns "role bytes", with the session's attributes when it is too big. */
    private static String journey(String role, String email, String... pages) {
        try (Browser browser = new Browser()) {
            browser.logIn(email, TestDatabase.PASSWORD);
            for (String page : pages) {
                browser.open(page);
            }
            browser.open("/test/session-size");
            String report = browser.text();
            int bytes = Integer.parseInt(report.lines().findFirst().orElseThrow().trim());
            assertTrue(bytes > 0, report);
            return role + " " + bytes + (bytes <= MOST_BYTES ? "" : " (too big:\n" + report + ")");
        }
    }
}
