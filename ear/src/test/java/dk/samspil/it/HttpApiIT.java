package dk.samspil.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API, health and HTTP-level behaviour, seen from outside as a client sees them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void courseListGivesThePublishedCoursesAsJson() throws Exception {
        var db = Server.database();
        var published = db.course("PUBLISHED", 12);
        var draft = db.course("DRAFT", 12);
        db.enrol(published, db.account("Anne", null, "PARTICIPANT"), "CONFIRMED");

        var response = get(Server.at("/api/courses?lang=en&q=" + published.titleDa().substring(published.titleDa().length() - 8)));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertTrue(response.body().contains("\"code\":\"" + published.code() + "\""), response.body());
        assertTrue(response.body().contains("\"title\":\"" + published.titleEn() + "\""), response.body());
        assertFalse(response.body().contains(draft.code()), response.body());
        assertTrue(response.body().contains("\"total\":1"), response.body());
    }

    @Test
    void oneCourseByCode() throws Exception {
        var course = Server.database().course("PUBLISHED", 12);
        var response = get(Server.at("/api/courses/" + course.code()));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"seatsLeft\":12"), response.body());
        assertTrue(response.body().contains(course.titleDa()), response.body());
    }

    @Test
    void unknownCourseIsAJsonProblemWith404() throws Exception {
        var response = get(Server.at("/api/courses/NO-SUCH-" + TestDatabase.unique()));
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"status\":404"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void malformedQueryParametersGive400NotAServerError() throws Exception {
        for (String query : new String[]{"page=abc", "page=-1", "ects=7", "from=1.1.2027", "from=2027-02-01&to=2027-01-01",
                "target=NOBODY", "municipality=12", "theme=%3Cscript%3E", "seats=maybe", "lang=xx"}) {
            var response = get(Server.at("/api/courses?" + query));
            assertEquals(400, response.statusCode(), query);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
            assertFalse(response.body().contains("Exception"), response.body());
        }
    }

    @Test
    void anOpenApiDocumentAtApiOpenapiDescribesEveryEndpoint() throws Exception {
        var response = get(Server.at("/api/openapi"));
        assertEquals(200, response.statusCode());
        String document = response.body();
        assertTrue(document.contains("title: Samspil API"), document);
        String[] paths = {"/api/courses:", "/api/courses/{code}:", "/api/calendar/{token}.ics:", "/api/stories:",
            "/api/stories/{id}:", "/api/stories/{id}/pictures/{picture}:"};
        for (String path : paths) {
            assertTrue(document.contains("\n  " + path + "\n    get:\n"), path + " in " + document);
        }
        assertEquals(paths.length, document.split("\n      summary: ").length - 1, "every operation has its summary");
        assertTrue(document.contains("\"404\":"), document);
        for (String parameter : new String[]{"q", "theme", "target", "municipality", "from", "to", "ects", "seats",
                "page", "lang"}) {
            assertTrue(document.contains("name: " + parameter + "\n"), parameter);
        }
    }

    @Test
    void readinessReportsTheDatabase() throws Exception {
        var response = get(Server.MANAGEMENT.resolve("/health/ready"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().replace(" ", "").contains("\"name\":\"database\",\"status\":\"UP\""),
                response.body());
    }

    @Test
    void protectedPagesAndUnlistedAddressesAskForLogin() throws Exception {
        for (String path : new String[]{"/admin/accounts.xhtml", "/consultant/course-planning.xhtml",
                "/participant/my-courses.xhtml", "/some-unlisted-page.xhtml", "/api/unlisted"}) {
            var response = get(Server.at(path));
            assertTrue(response.statusCode() == 302 || response.statusCode() == 401 || response.statusCode() == 403,
                    path + " gave " + response.statusCode());
        }
    }

    @Test
    void aCalendarFeedGivesTheSessionsOfTheTokensOwnerAndNothingForAnUnknownToken() throws Exception {
        var db = Server.database();
        var course = db.course("PUBLISHED", 12);
        String teacher = db.account("Kalender", null, "PARTICIPANT");
        db.enrol(course, teacher, "CONFIRMED");
        String token = "t".repeat(35) + TestDatabase.unique();
        db.update("UPDATE account SET calendar_token = ? WHERE email = ?", token, teacher);

        var feed = get(Server.at("/api/calendar/" + token + ".ics"));
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        String ics = feed.body().replace("\r\n ", "");
        assertTrue(ics.startsWith("BEGIN:VCALENDAR") && ics.contains("METHOD:PUBLISH"), ics);
        assertTrue(ics.contains(course.titleDa()), ics);

        assertEquals(404, get(Server.at("/api/calendar/" + "x".repeat(43) + ".ics")).statusCode());
        assertEquals(404, get(Server.at("/api/calendar/short.ics")).statusCode());
    }
}
