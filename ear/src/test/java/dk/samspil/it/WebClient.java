package dk.samspil.it;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plain HTTP against the test server, with its own session: faster than a browser where no page is
 * looked at. It keeps the cookies itself: Java's cookie manager would not send a Secure (__Host-)
 * cookie over the test server's plain HTTP, which browsers allow on a loopback address.
 */
final class WebClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** The cookies the server set (the session's, the language's), sent back as a browser would. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    static WebClient anonymous() {
        return new WebClient();
    }

    /** Logged in through the login form. */
    static WebClient loggedIn(String email) throws IOException, InterruptedException {
        WebClient client = new WebClient();
        assertEquals(302, client.logIn(email, TestDatabase.PASSWORD).statusCode(), "logged in as " + email);
        return client;
    }

    /**
     * Posts the login form as a browser does, with its view state and the CSP nonce PrimeFaces checks;
     * a 302 is a login, a 200 the form again with its message.
     */
    HttpResponse<String> logIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login.xhtml");
        String state = viewState(form);
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(
                form.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(nonce.find(), "a login form with the CSP nonce");
        Map<String, String> fields = Map.of("login", "login", "login:email", email, "login:password", password,
                "login:submit", "Log ind", "jakarta.faces.ViewState", state, "primefaces.nonce", nonce.group(1));
        return post("/login.xhtml", fields);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path));
    }

    /** A form post as a browser sends it (the fields URL-encoded). */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The view state of the first form on a page. */
    static String viewState(HttpResponse<String> page) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find(), "a form with view state");
        return state.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Server.at(path));
        return cookies.isEmpty() ? request : request.header("Cookie", cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";")[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return response;
    }
}
