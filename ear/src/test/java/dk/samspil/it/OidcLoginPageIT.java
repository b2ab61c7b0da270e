package dk.samspil.it;

import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Single sign-on through a real OpenID Connect provider started by the test (NAV's
 * mock-oauth2-server at 127.0.0.1:8190, issuer "samspil", as arquillian.xml configures the server):
 * the provider vouches for an e-mail address, Samspil checks the signed ID token and logs the
 * matching account in; an address without an account, or a callback nobody started, logs nobody in.
 */
class OidcLoginPageIT extends BrowserJourney {

    private static MockOAuth2Server provider;

    @BeforeAll
    static void startProvider() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), 8190);
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    /** The next login at the provider is this person's: the ID token carries their e-mail address. */
    private static void nextLoginAs(String email) {
        nextLoginAs(email, true);
    }

    private static void nextLoginAs(String email, boolean verified) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("samspil", "unilogin-" + TestDatabase.unique(),
                JOSEObjectType.JWT.getType(), List.of("samspil"), Map.of("email", email, "email_verified", verified), 3600));
    }

    @Test
    void aTeacherLogsInThroughTheIdentityProviderAndLandsOnTheirHomePage() {
        String teacher = db.account("Signe Single Sign-On", null, "PARTICIPANT");
        nextLoginAs(teacher.toUpperCase());
        browser.open("/login.xhtml");
        browser.assertAccessible();
        browser.clickAndWait("#sso-link");
        assertEquals("participant/my-courses.xhtml", browser.path(), browser.text());
        assertEquals("Signe Single Sign-On", browser.find("#caller-name").getText());
        assertEquals(teacher, browser.find("#caller-email").getText());
        browser.assertNoJavaScriptErrors();
        browser.logOut();
    }

    @Test
    void anUnknownButVerifiedAddressMayRegisterWithTheNameAndAddressFromTheToken() {
        String email = "ny-sso-" + TestDatabase.unique() + "@test.example";
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("samspil", "unilogin-" + TestDatabase.unique(),
                JOSEObjectType.JWT.getType(), List.of("samspil"),
                Map.of("email", email, "email_verified", true, "name", "Ulla Unilogin"), 3600));
        browser.open("/login.xhtml");
        browser.clickAndWait("#sso-link");
        assertEquals("register.xhtml", browser.path(), "registration is switched on for the test server");
        assertTrue(browser.find("#vouched").getText().contains(email));
        assertEquals("Ulla Unilogin", browser.find("#register\\:name").getAttribute("value"));
        assertTrue(browser.findAll("#register\\:new-password").isEmpty(), "no password to choose");
        browser.assertAccessible();
        browser.open("/participant/my-courses.xhtml");
        assertTrue(browser.path().startsWith("login"), "nobody is logged in before registering");

        browser.open("/register.xhtml");
        new Select(browser.find("#register\\:job")).selectByVisibleText("Pædagog");
        browser.clickAndWait("#register\\:submit");

        assertEquals("participant/my-courses.xhtml", browser.path(), browser.text());
        assertEquals("Ulla Unilogin", browser.find("#caller-name").getText());
        assertEquals(Boolean.TRUE, db.value("SELECT email_verified FROM account WHERE email = ?", email));
    }

    @Test
    void anUnverifiedAddressADeactivatedAccountOrACallbackNobodyStartedLogsNobodyIn() throws Exception {
        browser.open("/login.xhtml");
        String gone = db.account("Stoppet Sigurd", null, "PARTICIPANT");
        db.deactivate(gone);
        nextLoginAs(gone);
        browser.clickAndWait("#sso-link");
        assertTrue(browser.find("#sso-failed").isDisplayed(), "a deactivated account stays out");

        String typed = db.account("Indtastet Ida", null, "PARTICIPANT");
        nextLoginAs(typed, false);
        browser.clickAndWait("#sso-link");
        assertTrue(browser.find("#sso-failed").isDisplayed(), "an address the provider has not verified proves nothing");

        WebClient forger = WebClient.anonymous();
        HttpResponse<String> forged = forger.get("/sso/callback?code=stolen&state=guessed");
        assertEquals(302, forged.statusCode());
        assertTrue(forged.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml?sso=failed"));
        assertEquals(302, forger.get("/participant/my-courses.xhtml").statusCode(), "not logged in");
    }
}
