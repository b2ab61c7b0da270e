package dk.samspil.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Åben skole in the browser: a partner describes an offer, gives it a period and publishes it; a
 * teacher finds it by theme, requests it for a class, the partner hears of it by mail and accepts,
 * and the teacher hears of that by mail; the visit is in the teacher's calendar feed and on their
 * leader's list.
 */
class OfferBookingPageIT extends BrowserJourney {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    private static String body(MimeMessage message) throws Exception {
        return ((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
    }

    @Test
    void aTeacherBooksAPartnersOfferThatThePartnerAcceptsAndItIsInTheirCalendarFeed() throws Exception {
        String theme = db.theme();
        long school = db.institution("Booking skole");
        String teacher = db.account("Lærer Booking", school, "PARTICIPANT");
        String leader = db.account("Leder Booking", school, "LEADER", "PARTICIPANT");
        db.lead(leader, school);
        String contact = db.account("Kontakt Booking", null, "PARTNER");
        long partner = db.partnerLogin(contact);
        db.update("INSERT INTO partner_contact (partner_organisation_id, name, email) VALUES (?, 'Karen Kontakt', ?)",
                partner, "karen-" + TestDatabase.unique() + "@test.example");
        String title = "Naturværksted " + TestDatabase.unique();
        LocalDate day = LocalDate.now().plusDays(14);

        browser.logIn(contact, TestDatabase.PASSWORD);
        browser.open("/partner/offer.xhtml");
        browser.assertAccessible();
        browser.fill("#offer\\:title-da", title);
        browser.fill("#offer\\:description-da", "Eleverne undersøger vandløbet sammen med foreningens frivillige.");
        browser.find("#offer\\:theme").sendKeys("Tema " + theme);
        browser.find("#offer\\:ageGroups\\:1").click();
        browser.find("#offer\\:municipality").sendKeys("Testkommune");
        browser.find("#offer\\:comesToYou").click();
        browser.find("#offer\\:contact").sendKeys("Karen Kontakt");
        browser.clickAndWait("#offer\\:save");
        assertTrue(browser.find("#messages").getText().contains("Tilføj en periode"), browser.text());
        browser.fill("#new-period\\:periodStarts", LocalDate.now().plusDays(1).toString());
        browser.fill("#new-period\\:periodEnds", LocalDate.now().plusDays(40).toString());
        browser.fill("#new-period\\:capacity", "2");
        browser.clickAndWait("#new-period\\:add");
        assertTrue(browser.find("#periods").getText().contains("2"), browser.text());
        browser.clickAndWait("#state\\:publish");
        assertTrue(browser.find("#offer-state").getText().contains("offentliggjort"), browser.text());
        browser.assertAccessible();
        browser.logOut();

        browser.logIn(teacher, TestDatabase.PASSWORD);
        browser.open("/catalog/offers.xhtml?theme=" + theme);
        assertTrue(browser.find("#offers").getText().contains(title), browser.text());
        browser.clickAndWait("#offers .offer-title");
        assertTrue(browser.find("#periods").getText().contains("Ledige pladser: 2 af 2"), browser.text());
        browser.clickAndWait("#request-link");
        browser.assertAccessible();
        browser.fill("#request\\:classLabel", "3.A");
        browser.fill("#request\\:pupils", "0");
        browser.fill("#request\\:date", day.toString());
        browser.fill("#request\\:starts", "09:00");
        browser.fill("#request\\:ends", "11:30");
        browser.clickAndWait("#request\\:send");
        assertTrue(browser.text().contains("Skriv et antal børn fra 1 til 100."), "refused first: " + browser.text());
        browser.fill("#request\\:pupils", "22");
        browser.clickAndWait("#request\\:send");
        assertEquals("participant/bookings.xhtml", browser.path());
        assertTrue(browser.find("#messages").getText().contains(title), browser.text());
        assertTrue(browser.find("#requests").getText().contains("Venter på svar fra samarbejdspartneren"), browser.text());
        browser.assertAccessible();
        browser.logOut();
        String request = body(Mailbox.mailTo(MAIL, contact, "Ny forespørgsel på " + title));
        assertTrue(request.contains("Lærer Booking spørger") && request.contains("3.A"), request);

        browser.logIn(contact, TestDatabase.PASSWORD);
        browser.open("/partner/offer-requests.xhtml");
        assertTrue(browser.find("#requests").getText().contains("3.A"), browser.text());
        browser.clickAndWait("#requests\\:request\\:0\\:answer");
        browser.assertAccessible();
        browser.fill("#answer\\:message", "Vi glæder os til at se jer.");
        browser.clickAndWait("#answer\\:accept");
        assertTrue(browser.find("#messages").getText().contains("Besøget er booket"), browser.text());
        assertTrue(browser.find("#requests").getText().contains("Booket"), browser.text());
        browser.logOut();
        String accepted = body(Mailbox.mailTo(MAIL, teacher, "Ja til dit besøg: " + title));
        assertTrue(accepted.contains("Vi glæder os til at se jer."), accepted);

        browser.logIn(teacher, TestDatabase.PASSWORD);
        browser.open("/participant/bookings.xhtml");
        String mine = browser.find("#requests").getText();
        assertTrue(mine.contains("Booket"), mine);
        browser.find(".request-history summary").click();
        assertTrue(browser.find(".request-history").getText().contains("Vi glæder os til at se jer."), browser.text());
        browser.open("/participant/my-courses.xhtml");
        String feedUrl = browser.find("#calendar\\:feed").getAttribute("value");
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        String unfolded = feed.body().replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + title), unfolded);
        assertTrue(unfolded.contains("LOCATION:Booking skole"), "the partner comes to the school: " + unfolded);
        browser.logOut();

        browser.logIn(leader, TestDatabase.PASSWORD);
        browser.open("/leader/bookings.xhtml");
        assertTrue(browser.find("#bookings").getText().contains(title), browser.text());
        browser.assertAccessible();
    }
}
