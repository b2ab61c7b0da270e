package dk.samspil.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorization matrix: every page of the built WAR and every REST endpoint of the served
 * OpenAPI document, requested by an anonymous visitor and by a person of each role, answers as the
 * rule below says: the page for the roles it is for, the login page for an anonymous visitor and 403
 * for anyone else, never a server error. The routes are read from the application itself, so a new
 * page or endpoint without a rule here fails the build. Object-level rules (whose staff, whose
 * course) are checked by the boundaries' own tests and {@link ObjectAccessIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    /** Who asks: nobody logged in, or a person with exactly one role. */
    enum Who { ANONYMOUS, PARTICIPANT, LEADER, CONSULTANT, PARTNER, ADMIN, FINANCE }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

    /** The rule for every route: who may open it. */
    private static final Map<String, Set<Who>> RULES = new LinkedHashMap<>();

    static {
        for (String open : List.of("/index.xhtml", "/login.xhtml", "/accessibility.xhtml", "/verify.xhtml",
                "/catalog/course.xhtml", "/catalog/offers.xhtml", "/catalog/offer.xhtml", "/catalog/stories.xhtml",
                "/catalog/story.xhtml", "/password-forgotten.xhtml", "/password-reset.xhtml", "/register.xhtml", "/register-confirm.xhtml",
                "GET /api/courses", "GET /api/courses/{code}", "GET /api/calendar/{token}.ics",
                "GET /api/stories", "GET /api/stories/{id}", "GET /api/stories/{id}/pictures/{picture}")) {
            RULES.put(open, EVERYONE);
        }
        for (String own : List.of("/my-data.xhtml", "/notifications.xhtml", "/password.xhtml")) {
            RULES.put(own, LOGGED_IN);
        }
        for (String shared : List.of("/reflection/course.xhtml", "/reflection/read.xhtml")) {
            RULES.put(shared, EnumSet.of(Who.PARTICIPANT, Who.LEADER, Who.CONSULTANT, Who.PARTNER));
        }
        for (String page : List.of("my-courses", "my-goals", "my-learning", "evaluation", "follow-up", "reflection",
                "reflections", "workplace", "offer-request", "bookings", "stories", "story")) {
            RULES.put("/participant/" + page + ".xhtml", EnumSet.of(Who.PARTICIPANT));
        }
        for (String page : List.of("approvals", "coverage", "coverage-competences", "coverage-plan",
                "coverage-teaching", "follow-up", "follow-ups", "bookings", "import-staff", "municipality-coverage", "my-staff", "nominate",
                "reflections", "staff-member", "staff-requests")) {
            RULES.put("/leader/" + page + ".xhtml", EnumSet.of(Who.LEADER));
        }
        for (String page : List.of("calendar", "course-attendance", "course-edit", "course-enrolments", "course-evaluation",
                "course-follow-up", "course-partners", "follow-ups",
                "course-planning", "course-programme", "partner", "partners", "reports", "rooms", "stories", "themes")) {
            RULES.put("/consultant/" + page + ".xhtml", EnumSet.of(Who.CONSULTANT));
        }
        for (String page : List.of("evaluation", "my-partnerships", "offers", "offer", "offer-requests", "stories")) {
            RULES.put("/partner/" + page + ".xhtml", EnumSet.of(Who.PARTNER));
        }
        RULES.put("/attendance/register.xhtml", EnumSet.of(Who.CONSULTANT, Who.PARTNER));
        for (String page : List.of("account", "accounts", "institution", "institutions")) {
            RULES.put("/admin/" + page + ".xhtml", EnumSet.of(Who.ADMIN));
        }
        RULES.put("/admin/retention.xhtml", EnumSet.of(Who.ADMIN));
        for (String page : List.of("billing", "invoice", "invoices")) {
            RULES.put("/finance/" + page + ".xhtml", EnumSet.of(Who.FINANCE));
        }
    }

    private static final Map<Who, WebClient> CLIENTS = new EnumMap<>(Who.class);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void logInOnePersonPerRole() throws Exception {
        TestDatabase db = Server.database();
        for (Who who : Who.values()) {
            CLIENTS.put(who, who == Who.ANONYMOUS ? WebClient.anonymous()
                    : WebClient.loggedIn(db.account("Matrix " + who, null, who.name())));
        }
    }

    /** Every page of the built WAR, outside WEB-INF. */
    static Set<String> pages() throws IOException {
        Set<String> pages = new TreeSet<>();
        try (ZipFile ear = new ZipFile(Path.of(System.getProperty("samspil.ear")).toFile())) {
            ZipEntry war = ear.stream().filter(e -> e.getName().endsWith(".war")).findFirst().orElseThrow();
            try (InputStream in = ear.getInputStream(war); ZipInputStream files = new ZipInputStream(in)) {
                for (ZipEntry file = files.getNextEntry(); file != null; file = files.getNextEntry()) {
                    if (file.getName().endsWith(".xhtml") && !file.getName().startsWith("WEB-INF/")
                            && !file.getName().startsWith("META-INF/")) {
                        pages.add("/" + file.getName());
                    }
                }
            }
        }
        return pages;
    }

    /** Every operation of the OpenAPI document the server generates from the REST resources. */
    private static Set<String> endpoints() throws Exception {
        String document = CLIENTS.get(Who.ANONYMOUS).get("/api/openapi").body();
        Set<String> endpoints = new TreeSet<>();
        Matcher operation = Pattern.compile("(?m)^  (/\\S+):\\n((?:    .*\\n|      .*\\n)*)").matcher(document);
        while (operation.find()) {
            Matcher method = Pattern.compile("(?m)^    (get|put|post|delete|patch):").matcher(operation.group(2));
            while (method.find()) {
                endpoints.add(method.group(1).toUpperCase() + " " + operation.group(1));
            }
        }
        return endpoints;
    }

    @Test
    void everyRouteHasARule() throws Exception {
        Set<String> routes = new TreeSet<>(pages());
        routes.addAll(endpoints());
        assertTrue(routes.size() > 40 && routes.contains("GET /api/courses"), routes.toString());
        assertEquals(routes, new TreeSet<>(RULES.keySet()), "a rule for every page and endpoint, and none for a gone one");
    }

    @Test
    void everyRouteAnswersEveryRoleAsItsRuleSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Who>> rule : RULES.entrySet()) {
            String path = rule.getKey().replaceFirst("^GET ", "").replace("{code}", "NO-SUCH-COURSE")
                    .replace("{token}", "no-such-token").replace("{id}", "0").replace("{picture}", "0");
            for (Who who : Who.values()) {
                HttpResponse<String> response = CLIENTS.get(who).get(path);
                String outcome = outcome(response);
                String expected = rule.getValue().contains(who) ? "open" : who == Who.ANONYMOUS ? "login" : "refused";
                if (!outcome.equals(expected)) {
                    wrong.add(rule.getKey() + " as " + who + ": expected " + expected + ", got " + outcome
                            + " (" + response.statusCode() + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** open: the page or the API's answer (a 404 for an unknown object counts); login: sent to log in; refused: 403. */
    private static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 302 && response.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            return "login";
        }
        if (status == 403) {
            return "refused";
        }
        return status == 200 || status == 404 ? "open" : "status " + status;
    }
}
