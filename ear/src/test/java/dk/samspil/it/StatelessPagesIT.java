package dk.samspil.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor who only reads gets no HTTP session (counted through the management interface's
 * metrics) and pages their own browser may keep; someone logged in gets pages no cache keeps; a
 * form the server cannot trust (forged, foreign or expired view state, a bad CSP nonce) is a 400
 * with a way back and one warning in the log, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatelessPagesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path SERVER_LOG = Path.of("target/server/standalone/log/server.log");

    /** A form whose view state is kept on the server (a stateless one says "stateless"). */
    private static final Pattern SERVER_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"(?!stateless\")");

    private final TestDatabase db = Server.database();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aVisitorWhoOnlyReadsGetsNoSessionAndPagesOnlyTheirOwnBrowserMayKeep() throws Exception {
        var course = db.course("PUBLISHED", 10);
        List<String> pages = List.of("/", "/?q=" + URLEncoder.encode(course.titleDa(), StandardCharsets.UTF_8),
                "/catalog/course.xhtml?code=" + URLEncoder.encode(course.code(), StandardCharsets.UTF_8),
                "/login.xhtml", "/verify.xhtml", "/accessibility.xhtml", "/password-forgotten.xhtml", "/catalog/stories.xhtml");
        double before = activeSessions();

        for (int round = 0; round < 25; round++) {
            for (String page : pages) {
                HttpResponse<String> response = WebClient.anonymous().get(page);
                assertEquals(200, response.statusCode(), page);
                assertEquals(List.of(), response.headers().allValues("Set-Cookie"), page + " sets no cookie");
                assertEquals("private, max-age=60", response.headers().firstValue("Cache-Control").orElse(""), page);
                assertTrue(response.headers().allValues("Vary").contains("Cookie"), page);
                assertFalse(SERVER_STATE.matcher(response.body()).find(), page + " keeps no view state on the server");
            }
        }

        assertTrue(activeSessions() <= before, 25 * pages.size() + " page views made no session: " + before + " before, "
                + activeSessions() + " after");
        assertTrue(WebClient.anonymous().get("/catalog/course.xhtml?code=" + URLEncoder.encode(course.code(), StandardCharsets.UTF_8))
                .body().contains(course.titleDa()), "the course page still shows the course");
    }

    @Test
    void theLanguageChoiceIsACookieNotASession() throws Exception {
        HttpResponse<String> switched = WebClient.anonymous().get("/accessibility.xhtml?lang=en");

        assertEquals(302, switched.statusCode());
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("samspil-lang=en;"), cookie);
        HttpResponse<String> english = HTTP.send(HttpRequest.newBuilder(Server.at("/accessibility.xhtml"))
                .header("Cookie", "samspil-lang=en").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("lang=\"en\""), "the page in English");
        assertEquals(List.of(), english.headers().allValues("Set-Cookie"));
    }

    @Test
    void aLoggedInPageIsNeverStored() throws Exception {
        String email = db.account("Ida Stateless", null, "PARTICIPANT");
        WebClient participant = WebClient.loggedIn(email);

        HttpResponse<String> page = participant.get("/participant/my-courses.xhtml");

        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(SERVER_STATE.matcher(page.body()).find(), "a logged-in page keeps its view state");
    }

    @Test
    void aFormTheServerCannotTrustIsA400WithAWayBackAndOneWarning() throws Exception {
        String email = db.account("Ida Forged", null, "PARTICIPANT");
        WebClient participant = WebClient.loggedIn(email);
        WebClient other = WebClient.loggedIn(db.account("Ole Other", null, "PARTICIPANT"));
        String foreign = WebClient.viewState(other.get("/participant/my-goals.xhtml"));
        String page = "/participant/my-goals.xhtml";
        assertEquals(200, participant.get(page).statusCode());
        long logBefore = Files.size(SERVER_LOG);

        for (String state : List.of("1234567890:-987654321", foreign)) {
            HttpResponse<String> refused = participant.post(page, Map.of("goals", "goals",
                    "jakarta.faces.ViewState", state));

            assertEquals(400, refused.statusCode(), state);
            assertTrue(refused.body().contains("Siden er udløbet"), refused.body());
            assertTrue(refused.body().contains("id=\"reload-link\" href=\"" + page + "\""), "a link back to the form");
        }
        HttpResponse<String> badNonce = WebClient.anonymous().post("/login.xhtml", Map.of("login", "login",
                "login:email", email, "login:password", "wrong", "jakarta.faces.ViewState", "stateless",
                "primefaces.nonce", "not-a-nonce"));
        assertEquals(400, badNonce.statusCode(), "a nonce PrimeFaces cannot read");

        String log = newLogText(logBefore);
        assertEquals(3, count(log, "Refused a form post to "), log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
        assertFalse(log.contains(" ERROR ") || log.contains(" SEVERE "), log);
        assertEquals(200, participant.get(page).statusCode(), "the session goes on");
    }

    private static String newLogText(long from) throws Exception {
        byte[] all = Files.readAllBytes(SERVER_LOG);
        return new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** Live sessions of the web module, as the management interface's Prometheus scrape tells them. */
    static double activeSessions() throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(Server.MANAGEMENT + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher line = Pattern.compile("(?m)^undertow_active_sessions\\{[^}]*subdeployment=\"samspil-web.war\"[^}]*} (\\S+)$")
                .matcher(metrics);
        assertTrue(line.find(), "undertow_active_sessions in the scrape");
        return Double.parseDouble(line.group(1));
    }
}
