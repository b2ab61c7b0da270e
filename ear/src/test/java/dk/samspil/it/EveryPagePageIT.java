package dk.samspil.it;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the built WAR, opened in Chromium by a person it is for, in Danish and in English,
 * with something on it to show: axe-core with the WCAG 2.2 A/AA tags at 1280 and 320 px, no reflow
 * overflow at 320 px and a visible focus on every control ({@link Browser#assertAccessible()}), and
 * never an error page. The journeys check their pages in the state a task leaves them; this checks
 * that no page is missed, in either language: a new page without a visit here fails the build.
 */
class EveryPagePageIT extends BrowserJourney {

    @Test
    void everyPageIsVisitedHere() throws Exception {
        Set<String> visited = Stream.concat(visits(Fixture.EXAMPLE).values().stream().flatMap(List::stream),
                        financeVisits(1).stream())
                .map(page -> page.replaceFirst("\\?.*", "")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(AccessMatrixIT.pages(), visited, "every page of the WAR, and no gone one");
    }

    @Test
    void aVisitorsPages() {
        sweep(null, visits(fixture()).get(Who.VISITOR));
    }

    @Test
    void aParticipantsPages() {
        Fixture f = fixture();
        sweep(f.teacher(), visits(f).get(Who.PARTICIPANT));
    }

    @Test
    void aLeadersPages() {
        Fixture f = fixture();
        sweep(f.leader(), visits(f).get(Who.LEADER));
    }

    @Test
    void aConsultantsPages() {
        Fixture f = fixture();
        sweep(f.consultant(), visits(f).get(Who.CONSULTANT));
    }

    @Test
    void aPartnersAndAnAdministratorsPages() {
        Fixture f = fixture();
        sweep(f.contact(), visits(f).get(Who.PARTNER));
        browser.forgetSession();
        sweep(f.admin(), visits(f).get(Who.ADMIN));
    }

    /**
     * The finance office's pages, with a run issued first in the browser so that the list and an
     * invoice have something to show (a place owed on a paid course, the payer with an EAN number),
     * and a place held back for want of a reference (the field to give it).
     */
    @Test
    void aFinanceOfficesPages() {
        long school = db.institution("Alle siders betaler");
        db.update("UPDATE institution SET ean = '5798000416604' WHERE id = ?", school);
        var course = db.course("PUBLISHED", 10);
        db.set(course, "price = 995.00, payer = 'INSTITUTION', withdrawal_deadline = CURDATE() - INTERVAL 1 DAY");
        db.enrol(course, db.account("Betalt Alle Sider", school, "PARTICIPANT"), "CONFIRMED");
        long wantsReferences = db.institution("Alle siders referenceskole");
        db.update("UPDATE institution SET ean = '5798000416604', reference_required = TRUE WHERE id = ?", wantsReferences);
        db.enrol(course, db.account("Holdt Alle Sider", wantsReferences, "PARTICIPANT"), "CONFIRMED"); // held: no reference
        browser.logIn(db.account("Økonomi Alle Sider", null, "FINANCE"), TestDatabase.PASSWORD);
        browser.open("/finance/billing.xhtml");
        browser.assertAccessible();
        browser.clickAndWait("#issue\\:issue-run");
        long invoice = ((Number) db.value("SELECT id FROM invoice WHERE course_id = ?", course.id())).longValue();
        sweep(null, financeVisits(invoice));
    }

    private static List<String> financeVisits(long invoiceId) {
        return List.of("/finance/billing.xhtml", "/finance/invoices.xhtml", "/finance/invoice.xhtml?id=" + invoiceId);
    }

    private enum Who { VISITOR, PARTICIPANT, LEADER, CONSULTANT, PARTNER, ADMIN }

    /**
     * What the pages are about: a course that ended yesterday (so its evaluation is open) with a participant,
     * her leader and her shared reflection, a co-designing partner organisation with a login, and an administrator.
     */
    private record Fixture(String code, long moduleId, long sessionId, long reflection, long teacherId, long partnerId, long institutionId,
                           long accountId, String teacher, String leader, String consultant, String contact, String admin,
                           String followUpCode, long followUpEnrolment, long offerId, long storyId) {
        static final Fixture EXAMPLE = new Fixture("C", 1, 1, 1, 1, 1, 1, 1, "", "", "", "", "", "F", 1, 1, 1);
    }

    private static Map<Who, List<String>> visits(Fixture f) {
        String code = "?code=" + f.code();
        return Map.of(
                Who.VISITOR, List.of("/index.xhtml", "/login.xhtml", "/accessibility.xhtml", "/verify.xhtml",
                        "/catalog/course.xhtml" + code, "/password-forgotten.xhtml", "/password-reset.xhtml?token=unknown",
                        "/register.xhtml", "/register-confirm.xhtml?token=unknown", "/catalog/offers.xhtml",
                        "/catalog/offer.xhtml?id=" + f.offerId(), "/catalog/stories.xhtml", "/catalog/story.xhtml?id=" + f.storyId()),
                Who.PARTICIPANT, List.of("/participant/my-courses.xhtml", "/participant/my-learning.xhtml",
                        "/participant/reflections.xhtml" + "?course=" + f.code(), "/participant/reflection.xhtml?module=" + f.moduleId(),
                        "/participant/my-goals.xhtml", "/participant/evaluation.xhtml?course=" + f.code(), "/participant/workplace.xhtml",
                        "/participant/follow-up.xhtml?course=" + f.followUpCode(),
                        "/participant/offer-request.xhtml?offer=" + f.offerId(), "/participant/bookings.xhtml",
                        "/participant/stories.xhtml", "/participant/story.xhtml?id=" + f.storyId(),
                        "/participant/story.xhtml?module=" + f.moduleId(),
                        "/reflection/course.xhtml" + code, "/notifications.xhtml", "/my-data.xhtml", "/password.xhtml"),
                Who.LEADER, List.of("/leader/my-staff.xhtml", "/leader/staff-member.xhtml?id=" + f.teacherId(),
                        "/leader/approvals.xhtml", "/leader/nominate.xhtml" + code, "/leader/staff-requests.xhtml",
                        "/leader/import-staff.xhtml", "/leader/reflections.xhtml", "/reflection/read.xhtml?id=" + f.reflection(),
                        "/leader/coverage.xhtml?school=" + f.institutionId(), "/leader/coverage-plan.xhtml?school=" + f.institutionId(),
                        "/leader/coverage-teaching.xhtml?school=" + f.institutionId(),
                        "/leader/coverage-competences.xhtml?school=" + f.institutionId(), "/leader/municipality-coverage.xhtml",
                        "/leader/follow-ups.xhtml", "/leader/follow-up.xhtml?enrolment=" + f.followUpEnrolment(),
                        "/leader/bookings.xhtml"),
                Who.CONSULTANT, List.of("/consultant/course-planning.xhtml", "/consultant/calendar.xhtml",
                        "/consultant/course-edit.xhtml" + code, "/consultant/course-programme.xhtml" + code,
                        "/consultant/course-partners.xhtml" + code, "/consultant/course-enrolments.xhtml" + code,
                        "/consultant/course-attendance.xhtml" + code, "/attendance/register.xhtml?session=" + f.sessionId(),
                        "/consultant/course-evaluation.xhtml" + code, "/consultant/partners.xhtml",
                        "/consultant/course-follow-up.xhtml?code=" + f.followUpCode(), "/consultant/follow-ups.xhtml",
                        "/consultant/partner.xhtml?id=" + f.partnerId(), "/consultant/rooms.xhtml", "/consultant/themes.xhtml",
                        "/consultant/reports.xhtml", "/consultant/stories.xhtml"),
                Who.PARTNER, List.of("/partner/my-partnerships.xhtml", "/partner/evaluation.xhtml" + code,
                        "/partner/offers.xhtml", "/partner/offer.xhtml?id=" + f.offerId(), "/partner/offer.xhtml",
                        "/partner/offer-requests.xhtml", "/partner/stories.xhtml"),
                Who.ADMIN, List.of("/admin/accounts.xhtml", "/admin/account.xhtml?id=" + f.accountId(),
                        "/admin/institutions.xhtml", "/admin/institution.xhtml?id=" + f.institutionId(),
                        "/admin/retention.xhtml"));
    }

    private Fixture fixture() {
        long school = db.institution("Alle siders skole");
        String leader = db.account("Leder Alle Sider", school, "LEADER", "PARTICIPANT");
        db.lead(leader, school);
        db.update("""
                INSERT INTO institution (municipality_id, name, kind)
                SELECT municipality_id, CONCAT('Forvaltningen ', id), 'ADMINISTRATION' FROM institution WHERE id = ?""", school);
        db.lead(leader, ((Number) db.value("SELECT MAX(id) FROM institution WHERE kind = 'ADMINISTRATION'")).longValue());
        String teacher = db.account("Lærer Alle Sider", school, "PARTICIPANT");
        var course = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusDays(1)); // ended: its evaluation is open
        db.enrol(course, teacher, "CONFIRMED");
        for (int answered = 0; answered < 3; answered++) {
            db.update("INSERT INTO evaluation_response (course_id, submitted_on) VALUES (?, CURDATE())", course.id());
        }
        long session = ((Number) db.value("SELECT id FROM course_session WHERE module_id = ?", course.moduleId())).longValue();
        String consultant = (String) db.value(
                "SELECT a.email FROM account a JOIN course c ON c.consultant_id = a.id WHERE c.id = ?", course.id());
        String contact = db.account("Kontakt Alle Sider", null, "PARTNER");
        long partner = db.partnerLogin(contact);
        db.link(course, partner, "CO_DESIGNER", null);
        db.update("""
                INSERT INTO reflection (author_id, module_id, body, status, created_at, updated_at, submitted_at)
                SELECT id, ?, '<p>Hvad eleverne lærte hos foreningen.</p>', 'SUBMITTED', NOW(), NOW(), NOW()
                FROM account WHERE email = ?""", course.moduleId(), teacher);
        long reflection = ((Number) db.value(
                "SELECT r.id FROM reflection r JOIN account a ON a.id = r.author_id WHERE a.email = ?", teacher)).longValue();
        db.update("INSERT INTO reflection_version (reflection_id, number, body, submitted_at) SELECT id, 1, body, NOW() "
                + "FROM reflection WHERE id = ?", reflection);
        db.update("INSERT INTO reflection_share (reflection_id, audience) VALUES (?, 'LEADERS'), (?, 'COURSE_TEAM')",
                reflection, reflection);
        long teacherId = ((Number) db.value("SELECT id FROM account WHERE email = ?", teacher)).longValue();
        var followedUp = db.course("PUBLISHED", 10, "test-theme", LocalDate.now().minusWeeks(13));
        db.enrol(followedUp, teacher, "COMPLETED");
        long enrolment = ((Number) db.value("SELECT id FROM enrolment WHERE course_id = ?", followedUp.id())).longValue();
        db.update("INSERT INTO follow_up (course_id, weeks_after, opened_on) VALUES (?, 12, CURDATE())", followedUp.id());
        db.update("""
                INSERT INTO follow_up_question (follow_up_id, audience, position, kind, text_da, text_en)
                SELECT id, 'PARTICIPANT', 1, 'SCALE', 'Det har gjort en forskel for eleverne.', 'It made a difference.'
                FROM follow_up WHERE course_id = ?
                UNION ALL SELECT id, 'PARTICIPANT', 2, 'TEXT', 'Hvad har I afprøvet?', 'What have you tried?'
                FROM follow_up WHERE course_id = ?
                UNION ALL SELECT id, 'LEADER', 1, 'TEXT', 'Hvad har du set?', 'What have you seen?'
                FROM follow_up WHERE course_id = ?""", followedUp.id(), followedUp.id(), followedUp.id());
        return new Fixture(course.code(), course.moduleId(), session, reflection, teacherId, partner, school, teacherId,
                teacher, leader, consultant, contact, db.account("Admin Alle Sider", null, "ADMIN"), followedUp.code(),
                enrolment, offer(partner, school, teacherId), story(course, partner, teacherId, contact));
    }

    /** The teacher's public story about the course, with a picture, naming the partner, whose contact consented. */
    private long story(TestDatabase.Course course, long partner, long teacherId, String contact) {
        db.update("""
                INSERT INTO practice_story (author_id, course_id, theme_id, municipality_id, age_group, title, did, learned,
                    audience, published_at, created_at, updated_at)
                SELECT ?, c.id, c.theme_id, (SELECT MIN(id) FROM municipality), 'GRADES_4_6', 'Læsevenner i 5.A',
                    'Vi læste med 5.A hver tirsdag sammen med foreningens frivillige.', 'Eleverne læser mere derhjemme.',
                    'PUBLIC', NOW(), NOW(), NOW() FROM course c WHERE c.id = ?""", teacherId, course.id());
        long story = ((Number) db.value("SELECT MAX(id) FROM practice_story WHERE course_id = ?", course.id())).longValue();
        db.update("""
                INSERT INTO story_consent (story_id, partner_organisation_id, status, decided_by_id, decided_at)
                SELECT ?, ?, 'GIVEN', id, NOW() FROM account WHERE email = ?""", story, partner, contact);
        db.update("""
                INSERT INTO story_picture (story_id, media_type, width, height, alt_text, content, added_at)
                VALUES (?, 'image/png', 1, 1, 'Elever og frivillige læser sammen', UNHEX(?), NOW())""", story, TestDatabase.PNG);
        return story;
    }

    /** A published offer of the partner in the course's theme, with a period and one request from the teacher. */
    private long offer(long partner, long school, long teacherId) {
        db.update("INSERT INTO partner_contact (partner_organisation_id, name, email) VALUES (?, 'Kontakt Alle Sider', ?)",
                partner, "kontakt-" + TestDatabase.unique() + "@test.example");
        db.update("""
                INSERT INTO partner_offer (partner_organisation_id, contact_id, theme_id, municipality_id, title_da, title_en,
                                           description_da, place, comes_to_you, price, published)
                SELECT ?, (SELECT MAX(id) FROM partner_contact WHERE partner_organisation_id = ?),
                       (SELECT id FROM theme WHERE code = 'test-theme'), i.municipality_id, 'Værksted i foreningen',
                       'Workshop at the club', 'Eleverne bygger og afprøver sammen med frivillige.', 'Klubhuset', FALSE, 1500, TRUE
                FROM institution i WHERE i.id = ?""", partner, partner, school);
        long offer = ((Number) db.value("SELECT MAX(id) FROM partner_offer WHERE partner_organisation_id = ?", partner)).longValue();
        db.update("INSERT INTO partner_offer_age_group (offer_id, age_group) VALUES (?, 'GRADES_4_6'), (?, 'GRADES_7_10')",
                offer, offer);
        db.update("INSERT INTO offer_period (offer_id, starts_on, ends_on, capacity) VALUES (?, CURDATE() + INTERVAL 1 DAY, "
                + "CURDATE() + INTERVAL 60 DAY, 4)", offer);
        db.update("""
                INSERT INTO offer_request (period_id, requested_by_id, institution_id, class_label, age_group, pupils, starts_at,
                                           ends_at, message, status, requested_at)
                SELECT id, ?, ?, '5.B', 'GRADES_4_6', 24, CURDATE() + INTERVAL 10 DAY + INTERVAL 9 HOUR,
                       CURDATE() + INTERVAL 10 DAY + INTERVAL 11 HOUR, 'Vi glæder os', 'REQUESTED', NOW()
                FROM offer_period WHERE offer_id = ?""", teacherId, school, offer);
        db.update("""
                INSERT INTO offer_request_step (request_id, actor_id, taken_at, status, starts_at, ends_at, message)
                SELECT r.id, r.requested_by_id, NOW(), 'REQUESTED', r.starts_at, r.ends_at, r.message
                FROM offer_request r JOIN offer_period p ON p.id = r.period_id WHERE p.offer_id = ?""", offer);
        return offer;
    }

    /** Each page in Danish, then in English; fails listing every page that failed, not only the first. */
    private void sweep(String email, List<String> pages) {
        if (email != null) {
            browser.logIn(email, TestDatabase.PASSWORD);
        }
        List<String> failed = new ArrayList<>();
        for (String language : List.of("da", "en")) {
            browser.open("/index.xhtml?lang=" + language);
            for (String page : pages) {
                browser.open(page);
                try {
                    assertEquals(language, browser.find("html").getAttribute("lang"), page);
                    assertTrue(browser.findAll("#error-title").isEmpty(), "an error page: " + browser.heading());
                    browser.assertAccessible();
                } catch (AssertionError e) {
                    failed.add(page + " (" + language + "): " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failed, "pages that failed");
    }
}
