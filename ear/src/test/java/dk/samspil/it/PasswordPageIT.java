package dk.samspil.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A forgotten password is reset through a mailed link; a changed password ends the person's other sessions. */
class PasswordPageIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String NEW_PASSWORD = "Fjord og bølger om morgenen";

    private void setNewPassword(String password, String submit) {
        browser.find("#password\\:new-password").clear();
        browser.find("#password\\:new-password").sendKeys(password);
        browser.find("#password\\:repeated").clear();
        browser.find("#password\\:repeated").sendKeys(password);
        browser.clickAndWait(submit);
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLinkWhichWorksOnce() throws Exception {
        String email = db.account("Glemsom Gertrud", null, "PARTICIPANT");
        browser.open("/login.xhtml");
        browser.clickAndWait("#forgotten-link");
        browser.assertAccessible();
        browser.find("#forgotten\\:email").sendKeys(email);
        browser.clickAndWait("#forgotten\\:send");
        assertTrue(browser.find("#messages").getText().contains("Hvis adressen hører til en konto"), browser.text());

        MimeMessage mail = Mailbox.mailTo(MAIL, email, "Vælg en ny adgangskode");
        String text = ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
        Matcher link = Pattern.compile("(http\\S+password-reset\\.xhtml\\?token=[A-Za-z0-9_-]{43})").matcher(text);
        assertTrue(link.find(), text);
        assertTrue(text.startsWith("Kære Glemsom Gertrud"), text);
        URI address = URI.create(link.group(1));
        assertEquals(Server.BASE.getAuthority(), address.getAuthority(), "the configured address, not a Host header's");
        String path = address.getRawPath() + "?" + address.getRawQuery();

        browser.open(path);
        browser.assertAccessible();
        setNewPassword("password1234", "#password\\:reset");
        assertTrue(browser.find("#password\\:new-password-message").getText().contains("mest brugte"), browser.text());
        setNewPassword(NEW_PASSWORD, "#password\\:reset");
        assertEquals("login.xhtml", browser.path());
        assertTrue(browser.text().contains("Din nye adgangskode er gemt"), browser.text());

        browser.logIn(email, TestDatabase.PASSWORD);
        assertTrue(browser.path().startsWith("login"), "the old password no longer works");
        browser.logIn(email, NEW_PASSWORD);
        assertEquals("participant/my-courses.xhtml", browser.path());
        browser.logOut();

        browser.open(path);
        assertTrue(browser.find("#link-invalid").isDisplayed(), "the link worked once");
        browser.assertAccessible();
    }

    @Test
    void changingThePasswordKeepsThisSessionAndEndsTheOthers() {
        String email = db.account("Forsigtig Frede", null, "PARTICIPANT");
        try (Browser other = new Browser()) {
            other.logIn(email, TestDatabase.PASSWORD);
            browser.logIn(email, TestDatabase.PASSWORD);
            browser.clickAndWait("#password-link");
            browser.assertAccessible();

            browser.find("#password\\:current-password").sendKeys("not-my-password");
            setNewPassword(NEW_PASSWORD, "#password\\:change");
            assertTrue(browser.find("#password\\:current-password-message").getText().contains("forkert"), browser.text());

            browser.find("#password\\:current-password").sendKeys(TestDatabase.PASSWORD);
            browser.find("#password\\:new-password").sendKeys(NEW_PASSWORD);
            browser.find("#password\\:repeated").sendKeys(NEW_PASSWORD + "!");
            browser.clickAndWait("#password\\:change");
            assertTrue(browser.find("#password\\:repeated-message").getText().contains("ikke ens"), browser.text());

            browser.find("#password\\:current-password").sendKeys(TestDatabase.PASSWORD);
            setNewPassword(NEW_PASSWORD, "#password\\:change");
            assertTrue(browser.find("#messages").getText().contains("Din adgangskode er skiftet"), browser.text());

            browser.open("/participant/my-courses.xhtml");
            assertEquals("participant/my-courses.xhtml", browser.path(), "this session goes on");
            other.open("/participant/my-courses.xhtml");
            assertTrue(other.path().startsWith("login"), "the other session ended: " + other.path());
        }
    }
}
