package dk.samspil.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain HTTP against the test server, with its own session: faster than a browser where no page is looked at. */
final class WebClient {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    static WebClient anonymous() {
        return new WebClient();
    }

    /** Logged in through the login form as a browser posts it: its view state, and the CSP nonce PrimeFaces checks. */
    static WebClient loggedIn(String email) throws IOException, InterruptedException {
        WebClient client = new WebClient();
        HttpResponse<String> form = client.get("/login.xhtml");
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(
                form.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(state.find() && nonce.find(), "a login form with view state and nonce");
        Map<String, String> fields = Map.of("login", "login", "login:email", email, "login:password", TestDatabase.PASSWORD,
                "login:submit", "Log ind", "jakarta.faces.ViewState", state.group(1), "primefaces.nonce", nonce.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> done = client.http.send(HttpRequest.newBuilder(Server.at("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, done.statusCode(), "logged in as " + email + ": " + done.body());
        return client;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(Server.at(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
