package dk.samspil.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every response carries the security headers, pages cannot be framed or load from elsewhere, the session cookie is locked down. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(Server.at(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAndTheApiCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/login.xhtml", "/api/courses", "/verify.xhtml?code=X"}) {
            var headers = get(path).headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), path);
            assertTrue(headers.firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), path);
        }
    }

    @Test
    void aPageCannotBeFramedNorLoadAnythingFromElsewhere() throws Exception {
        String policy = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        for (String directive : new String[] {"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'"}) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        String cookie = get("/login.xhtml").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }
}
