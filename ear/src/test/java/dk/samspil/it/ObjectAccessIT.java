package dk.samspil.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Own object or someone else's, through the pages and the API: the same role opens its own object
 * and learns nothing of another's (a "not found", never the other's data), whatever id it types.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObjectAccessIT {

    private final TestDatabase db = Server.database();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private long idOf(String email) {
        return ((Number) db.value("SELECT id FROM account WHERE email = ?", email)).longValue();
    }

    @Test
    void aLeaderOpensTheirOwnStaffsRecordsOnly() throws Exception {
        long mine = db.institution("Egen skole");
        long theirs = db.institution("Anden skole");
        String leader = db.account("Leder Lis", null, "LEADER");
        db.lead(leader, mine);
        String ownStaff = db.account("Egen Eva", mine, "PARTICIPANT");
        String otherStaff = db.account("Fremmed Frida", theirs, "PARTICIPANT");
        WebClient client = WebClient.loggedIn(leader);

        assertTrue(client.get("/leader/staff-member.xhtml?id=" + idOf(ownStaff)).body().contains("Egen Eva"));
        HttpResponse<String> other = client.get("/leader/staff-member.xhtml?id=" + idOf(otherStaff));
        assertFalse(other.body().contains("Fremmed Frida") || other.body().contains(otherStaff), other.body());
        assertFalse(client.get("/leader/staff-member.xhtml?id=" + idOf(leader)).body().contains("Leder Lis</h1>"),
                "not even their own record as staff");
    }

    @Test
    void aReflectionSharedWithLeadersOpensForTheAuthorsLeaderOnly() throws Exception {
        long school = db.institution("Refleksionsskolen");
        String author = db.account("Forfatter Frede", school, "PARTICIPANT");
        String ownLeader = db.account("Egen Leder", null, "LEADER");
        db.lead(ownLeader, school);
        String otherLeader = db.account("Anden Leder", null, "LEADER");
        db.lead(otherLeader, db.institution("Naboskolen"));
        var course = db.course("PUBLISHED", 10);
        db.enrol(course, author, "CONFIRMED");
        String text = "Hemmelig-" + TestDatabase.unique();
        db.update("""
                INSERT INTO reflection (author_id, module_id, body, status, created_at, updated_at, submitted_at)
                SELECT id, ?, ?, 'SUBMITTED', NOW(), NOW(), NOW() FROM account WHERE email = ?""", course.moduleId(),
                "<p>" + text + "</p>", author);
        long reflection = ((Number) db.value("SELECT id FROM reflection WHERE body LIKE ?", "%" + text + "%")).longValue();
        db.update("INSERT INTO reflection_version (reflection_id, number, body, submitted_at) VALUES (?, 1, ?, NOW())",
                reflection, "<p>" + text + "</p>");
        db.update("INSERT INTO reflection_share (reflection_id, audience) VALUES (?, 'LEADERS')", reflection);

        assertTrue(WebClient.loggedIn(ownLeader).get("/reflection/read.xhtml?id=" + reflection).body().contains(text));
        for (String stranger : new String[] {otherLeader, db.account("Klassekammerat", school, "PARTICIPANT")}) {
            HttpResponse<String> page = WebClient.loggedIn(stranger).get("/reflection/read.xhtml?id=" + reflection);
            assertFalse(page.body().contains(text), stranger + " read it");
            assertTrue(page.statusCode() == 200 || page.statusCode() == 404, "a not-found, not an error: " + page.statusCode());
        }
    }

    @Test
    void onlyPublishedCoursesAndOnlyOnesOwnCalendarFeedAreOpen() throws Exception {
        var published = db.course("PUBLISHED", 10);
        var draft = db.course("DRAFT", 10);
        WebClient anyone = WebClient.anonymous();
        assertTrue(anyone.get("/catalog/course.xhtml?code=" + published.code()).body().contains(published.titleDa()));
        assertFalse(anyone.get("/catalog/course.xhtml?code=" + draft.code()).body().contains(draft.titleDa()));
        assertEquals(200, anyone.get("/api/courses/" + published.code()).statusCode());
        assertEquals(404, anyone.get("/api/courses/" + draft.code()).statusCode());

        String teacher = db.account("Kalender Karl", null, "PARTICIPANT");
        String token = (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "").substring(0, 43);
        db.update("UPDATE account SET calendar_token = ? WHERE email = ?", token, teacher);
        assertEquals(200, anyone.get("/api/calendar/" + token + ".ics").statusCode());
        assertEquals(404, anyone.get("/api/calendar/" + new StringBuilder(token).reverse() + ".ics").statusCode());
    }

    @Test
    void anOfferIsOpenOnlyWhilePublishedAndEditableOnlyByItsOwnPartner() throws Exception {
        String owner = db.account("Tilbudsejer", null, "PARTNER");
        long partner = db.partnerLogin(owner);
        String stranger = db.account("Anden partner", null, "PARTNER");
        db.partnerLogin(stranger);
        db.update("INSERT INTO partner_contact (partner_organisation_id, name, email) VALUES (?, 'Kontakt', ?)",
                partner, "k-" + TestDatabase.unique() + "@test.example");
        String title = "Skjult tilbud " + TestDatabase.unique();
        db.update("""
                INSERT INTO partner_offer (partner_organisation_id, contact_id, theme_id, municipality_id, title_da,
                                           description_da, comes_to_you, published)
                SELECT ?, MAX(c.id), (SELECT MIN(id) FROM theme), (SELECT MIN(id) FROM municipality), ?, 'Beskrivelse',
                       TRUE, FALSE FROM partner_contact c WHERE c.partner_organisation_id = ?""", partner, title, partner);
        long offer = ((Number) db.value("SELECT id FROM partner_offer WHERE title_da = ?", title)).longValue();
        WebClient anyone = WebClient.anonymous();
        assertEquals(404, anyone.get("/catalog/offer.xhtml?id=" + offer).statusCode(), "a draft is not public");
        assertEquals(404, anyone.get("/catalog/offer.xhtml?id=abc").statusCode(), "a mistyped address is not found");
        assertTrue(WebClient.loggedIn(owner).get("/partner/offer.xhtml?id=" + offer).body().contains(title));
        HttpResponse<String> other = WebClient.loggedIn(stranger).get("/partner/offer.xhtml?id=" + offer);
        assertEquals(404, other.statusCode());
        assertFalse(other.body().contains(title));
        assertEquals(404, WebClient.loggedIn(db.account("Lærer Lone", null, "PARTICIPANT"))
                .get("/participant/offer-request.xhtml?offer=" + offer).statusCode(), "no request for a draft");
    }
}
