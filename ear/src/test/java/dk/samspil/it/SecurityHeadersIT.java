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
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void aPageCannotBeFramedNorLoadAnythingFromElsewhereNorRunScriptWithoutItsNonce() throws Exception {
        for (String path : new String[] {"/", "/login.xhtml", "/catalog/course.xhtml?code=NONE"}) {
            List<String> policies = get(path).headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + ": one policy, not two to intersect: " + policies);
            String policy = policies.get(0);
            for (String directive : new String[] {"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                    "base-uri 'self'", "form-action 'self'"}) {
                assertTrue(policy.contains(directive), directive + " in " + policy);
            }
            assertTrue(Pattern.compile("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}';?$").matcher(policy).find(), policy);
            assertFalse(policy.matches(".*script-src[^;]*'unsafe-inline'.*"),
                    "no inline script without the nonce: " + policy);
        }
        String first = get("/login.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        String second = get("/login.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertNotEquals(first, second, "a fresh nonce for every page");
    }

    @Test
    void theApiAndStaticFilesMayRunNothingAtAll() throws Exception {
        for (String path : new String[] {"/api/courses", "/resources/favicon.svg"}) {
            assertEquals(List.of("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
                    get(path).headers().allValues("Content-Security-Policy"), path);
        }
    }

    @Test
    void theSessionCookieIsHostPrefixedSecureHttpOnlyAndSameSite() throws Exception {
        String email = Server.database().account("Sofie Cookie", null, "PARTICIPANT");
        String cookie = WebClient.anonymous().logIn(email, TestDatabase.PASSWORD).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Browser.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        for (String attribute : new String[] {"Secure", "HttpOnly", "SameSite=Lax", "path=/"}) {
            assertTrue(cookie.toLowerCase().contains(attribute.toLowerCase()), attribute + " in " + cookie);
        }
        assertFalse(cookie.toLowerCase().contains("domain="), "host-only: " + cookie);
    }
}
