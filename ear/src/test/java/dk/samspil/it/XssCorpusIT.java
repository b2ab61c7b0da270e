package dk.samspil.it;

import dk.samspil.shared.LocalizedText;
import jakarta.persistence.Embeddable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Stored XSS: a payload that breaks out of text and attribute context is stored in every text
 * field people can edit, then every page that shows those fields is requested, in Danish and in
 * English, by the roles that see them: no payload may come back unescaped (nor unsanitised, for the
 * reflections' HTML), and no page may fail. The fields are read from the entities, so a new text
 * field without a payload (or a reason why none) fails the build.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssCorpusIT {

    /** Text fields that take a payload here, by entity and field (LocalizedText fields in both languages). */
    private static final Set<String> FILLED = new TreeSet<>(List.of(
            "Account.displayName", "Institution.name", "Institution.invoiceReference", "Theme.name", "Course.title", "Course.description", "Course.place",
            "Course.cancellationReason", "CourseModule.title", "CourseModule.description", "CourseModule.objectives",
            "CourseModule.reflectionPrompts", "Room.place", "Room.name", "PartnerOrganisation.name",
            "PartnerOrganisation.description", "CoursePartner.contribution", "PartnerContact.name", "PartnerContact.phone",
            "ModuleProposal.description", "ModuleProposal.objectives", "ModuleProposal.rationale",
            "ModuleProposal.decisionComment", "ModuleProposal.replacedDescription", "ModuleProposal.replacedObjectives",
            "EvaluationQuestion.text", "EvaluationResponse.answers.comment", "FollowUpQuestion.text", "FollowUpAnswer.comment",
            "DevelopmentGoal.text", "GoalComment.body", "Notification.detail", "Enrolment.motivation",
            "EnrolmentEvent.reason", "Reflection.body", "ReflectionVersion.body", "Feedback.body", "AccessLogEntry.what",
            "TeachingCompetence.note", "Enrolment.payerReference", "Institution.invoiceStreet", "Institution.invoiceTown",
            "Invoice.buyerName", "Invoice.buyerReference", "InvoiceLine.participantName", "InvoiceLine.reference",
            "PartnerOffer.title", "PartnerOffer.description", "PartnerOffer.place", "OfferRequest.classLabel",
            "OfferRequest.message", "OfferRequestStep.message", "PracticeStory.title", "PracticeStory.did",
            "PracticeStory.learned", "StoryPicture.altText", "StoryModeration.reason"));

    /** Text fields without a payload, and why. */
    private static final Map<String, String> NOT_FILLED = Map.ofEntries(
            entry("Account.email", "an e-mail address, validated as one in the database, the entity and every form"),
            entry("PartnerContact.email", "an e-mail address, validated as one"),
            entry("Account.passwordHash", "never shown"),
            entry("Account.language", "da or en, checked by the database"),
            entry("Account.calendarToken", "generated, never typed"),
            entry("AccountLink.tokenHash", "generated, never shown"),
            entry("Course.code", "letters, digits and dashes, checked by the form and the database"),
            entry("Theme.code", "letters, digits and dashes"),
            entry("Certificate.code", "generated"),
            entry("Municipality.code", "reference data from the migrations"),
            entry("Municipality.name", "reference data from the migrations"),
            entry("Institution.number", "six digits, checked by the form, the entity and the database"),
            entry("Institution.ean", "13 digits with a GS1 check digit, checked by the form, the entity and the database"),
            entry("Institution.invoicePostcode", "four digits, checked by the form, the entity and the database"),
            entry("Invoice.buyerEan", "the payer's EAN number as issued: 13 digits with a check digit"),
            entry("Invoice.buyerEmail", "the paying person's e-mail address as issued, validated as one"),
            entry("Region.code", "reference data from the migrations"),
            entry("Region.nameDa", "reference data from the migrations"),
            entry("Region.nameEn", "reference data from the migrations"),
            entry("Subject.code", "reference data from the migrations"),
            entry("Subject.name", "reference data from the migrations"),
            entry("StoryPicture.mediaType", "set by the server that re-encoded the picture: image/jpeg or image/png"));

    private static final Pattern RAW = Pattern.compile("<i data-x=([\\w.]+)>|<script>alert\\(");
    /** A payload shown as text, as it must be: proof that the page shows the field at all. */
    private static final Pattern ESCAPED = Pattern.compile("&lt;i data-x=([\\w.]+)&gt;");

    /**
     * The payloads' tags that these pages show. Not here: the reflections' (sanitised HTML rather than
     * escaped text), a proposal's English texts (the pages show a proposal in Danish) and an enrolment
     * event's reason (kept for the record, shown on no page); they are still checked on every page.
     */
    private static final Set<String> SHOWN_SOMEWHERE = Set.of("inst", "person", "theme.da", "theme.en", "title.da",
            "title.en", "desc.da", "desc.en", "place", "cancel", "mod.da", "mod.en", "moddesc.da", "moddesc.en", "obj.da",
            "obj.en", "prompt.da", "prompt.en", "room.place", "room.name", "org", "org.da", "org.en", "contrib.da",
            "contrib.en", "contact", "phone", "prop.da", "propobj.da", "repl.da", "replobj.da", "rationale", "decision",
            "q.da", "q.en", "answer", "motivation", "goal", "comment", "notice", "feedback", "log", "competence", "invoiceref",
            "payerref", "street", "town", "buyer", "buyerref", "lineperson", "lineref", "fq.da", "fq.en", "fanswer",
            "offer.da", "offer.en", "offerdesc.da", "offerplace", "class", "stepmsg", "story.title", "story.did", "story.learned",
            "story.alt", "story.reason");

    private final TestDatabase db = Server.database();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** This run's mark, so that unique columns (a room's name) take the payload again on the next run. */
    private final String run = TestDatabase.unique();

    /** The payload for one field: out of an attribute, out of text, and (where the column is long enough) a script. */
    private String payload(String tag, boolean longField) {
        return "\"'><i data-x=" + tag + ">" + run + (longField ? "<script>alert(1)</script>" : "");
    }

    @Test
    void everyTextFieldIsInTheCorpusOrSaysWhyNot() throws Exception {
        Set<String> fields = new TreeSet<>();
        String xml;
        try (InputStream in = LocalizedText.class.getResourceAsStream("/META-INF/persistence.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher entity = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
        while (entity.find()) {
            Class<?> type = Class.forName(entity.group(1).strip());
            if (type.isAnnotationPresent(Embeddable.class)) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getType() == String.class || field.getType() == LocalizedText.class) {
                    fields.add(type.getSimpleName() + "." + field.getName());
                } else if (field.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element
                        && element.isAnnotationPresent(Embeddable.class)) {
                    for (Field inner : element.getDeclaredFields()) {
                        if (inner.getType() == String.class) {
                            fields.add(type.getSimpleName() + "." + field.getName() + "." + inner.getName());
                        }
                    }
                }
            }
        }
        Set<String> declared = new TreeSet<>(FILLED);
        declared.addAll(NOT_FILLED.keySet());
        assertEquals(fields, declared, "every text field of every entity takes a payload here or says why not");
    }

    @Test
    void noPageShowsAStoredPayloadUnescaped() throws Exception {
        long school = db.institution(payload("inst", true));
        db.update("UPDATE institution SET invoice_reference = ?, invoice_street = ?, invoice_town = ? WHERE id = ?",
                payload("invoiceref", false), payload("street", false), payload("town", false), school);
        String teacher = db.account(payload("person", true), school, "PARTICIPANT");
        String leader = db.account("Leder XSS", null, "LEADER");
        db.lead(leader, school);
        String theme = db.theme();
        db.update("UPDATE theme SET name_da = ?, name_en = ? WHERE code = ?", payload("theme.da", true),
                payload("theme.en", true), theme);
        var course = db.course("PUBLISHED", 10, theme, LocalDate.now().plusDays(40));
        db.set(course, "title_da = '" + payload("title.da", true).replace("'", "''") + "', title_en = '"
                + payload("title.en", true).replace("'", "''") + "'");
        db.update("""
                UPDATE course SET description_da = ?, description_en = ?, place = ? WHERE id = ?""",
                payload("desc.da", true), payload("desc.en", true), payload("place", true), course.id());
        var cancelled = db.course("PUBLISHED", 10);
        db.update("UPDATE course SET status = 'CANCELLED', cancellation_reason = ? WHERE id = ?", payload("cancel", true),
                cancelled.id());
        db.update("""
                UPDATE course_module SET title_da = ?, title_en = ?, description_da = ?, description_en = ?,
                objectives_da = ?, objectives_en = ?, reflection_prompts_da = ?, reflection_prompts_en = ? WHERE id = ?""",
                payload("mod.da", true), payload("mod.en", true), payload("moddesc.da", true), payload("moddesc.en", true),
                payload("obj.da", true), payload("obj.en", true), payload("prompt.da", true), payload("prompt.en", true),
                course.moduleId());
        db.update("""
                UPDATE room SET place = ?, name = ? WHERE id IN (SELECT room_id FROM course_session WHERE module_id = ?)""",
                payload("room.place", true), payload("room.name", true), course.moduleId());
        String consultant = (String) db.value("SELECT a.email FROM account a JOIN course c ON c.consultant_id = a.id WHERE c.id = ?",
                course.id());
        String partnerName = db.partner(course, "HOST");
        long partner = ((Number) db.value("SELECT id FROM partner_organisation WHERE name = ?", partnerName)).longValue();
        db.update("UPDATE partner_organisation SET name = ?, description_da = ?, description_en = ? WHERE id = ?",
                payload("org", true), payload("org.da", true), payload("org.en", true), partner);
        db.update("UPDATE course_partner SET contribution_da = ?, contribution_en = ? WHERE partner_organisation_id = ?",
                payload("contrib.da", true), payload("contrib.en", true), partner);
        String contact = db.account("Kontakt XSS", null, "PARTNER");
        db.update("""
                INSERT INTO partner_contact (partner_organisation_id, name, email, phone, account_id)
                SELECT ?, ?, a.email, ?, a.id FROM account a WHERE a.email = ?""",
                partner, payload("contact", true), payload("phone", false), contact);
        db.update("""
                INSERT INTO module_proposal (module_id, partner_organisation_id, proposed_by, proposed_at, description_da,
                    description_en, objectives_da, objectives_en, replaced_description_da, replaced_description_en,
                    replaced_objectives_da, replaced_objectives_en, rationale, status, decided_by, decided_at, decision_comment)
                SELECT ?, ?, a.id, NOW(), ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REJECTED', a.id, NOW(), ? FROM account a WHERE a.email = ?""",
                course.moduleId(), partner, payload("prop.da", true), payload("prop.en", true), payload("propobj.da", true),
                payload("propobj.en", true), payload("repl.da", true), payload("repl.en", true), payload("replobj.da", true),
                payload("replobj.en", true), payload("rationale", true), payload("decision", true), contact);
        db.update("INSERT INTO evaluation_question (course_id, position, kind, text_da, text_en) VALUES (?, 1, 'TEXT', ?, ?)",
                course.id(), payload("q.da", true), payload("q.en", true));
        long question = ((Number) db.value("SELECT id FROM evaluation_question WHERE course_id = ?", course.id())).longValue();
        for (int i = 0; i < 3; i++) {
            db.update("INSERT INTO evaluation_response (course_id, submitted_on) VALUES (?, CURDATE())", course.id());
            db.update("""
                    INSERT INTO evaluation_answer (response_id, question_id, comment)
                    SELECT MAX(id), ?, ? FROM evaluation_response WHERE course_id = ?""", question, payload("answer", true),
                    course.id());
        }
        db.enrol(course, teacher, "CONFIRMED");
        db.enrol(cancelled, teacher, "CANCELLED");
        db.enrol(course, db.account("Ansøger XSS", school, "PARTICIPANT"), "AWAITING_APPROVAL");
        db.update("UPDATE enrolment SET motivation = ? WHERE course_id = ?", payload("motivation", true), course.id());
        db.set(course, "price = 100.00, payer = 'INSTITUTION'"); // the leader is asked for the payer's reference
        db.update("UPDATE enrolment SET payer_reference = ? WHERE course_id = ?", payload("payerref", false), course.id());
        long invoice = issuedInvoice(course, school, teacher);
        followUpAnswered(course, school);
        long offer = offerRequested(partner, school, teacher);
        long story = storyTold(course, partner, teacher, contact, consultant);
        db.update("""
                INSERT INTO enrolment_event (enrolment_id, happened_at, to_status, reason)
                SELECT id, NOW(), 'CONFIRMED', ? FROM enrolment WHERE course_id = ?""", payload("event", true), course.id());
        db.update("""
                INSERT INTO development_goal (account_id, text, status, agreed_by, agreed_at)
                SELECT t.id, ?, 'OPEN', l.id, NOW() FROM account t, account l WHERE t.email = ? AND l.email = ?""",
                payload("goal", true), teacher, leader);
        db.update("""
                INSERT INTO goal_comment (goal_id, author_id, body, created_at)
                SELECT g.id, g.agreed_by, ?, NOW() FROM development_goal g JOIN account a ON a.id = g.account_id
                WHERE a.email = ?""", payload("comment", true), teacher);
        db.update("""
                INSERT INTO notification (recipient_id, kind, course_id, detail, created_at, mailed_at)
                SELECT id, 'REMINDER', ?, ?, NOW(), NOW() FROM account WHERE email = ?""", course.id(),
                payload("notice", true), teacher);
        db.update("""
                INSERT INTO reflection (author_id, module_id, body, status, created_at, updated_at, submitted_at)
                SELECT id, ?, ?, 'SUBMITTED', NOW(), NOW(), NOW() FROM account WHERE email = ?""", course.moduleId(),
                payload("reflection", true), teacher);
        long reflection = ((Number) db.value("SELECT r.id FROM reflection r JOIN account a ON a.id = r.author_id WHERE a.email = ?",
                teacher)).longValue();
        db.update("INSERT INTO reflection_version (reflection_id, number, body, submitted_at) VALUES (?, 1, ?, NOW())",
                reflection, payload("version", true));
        db.update("INSERT INTO reflection_share (reflection_id, audience) VALUES (?, 'LEADERS'), (?, 'COURSE_TEAM')",
                reflection, reflection);
        db.update("""
                INSERT INTO reflection_feedback (reflection_id, author_id, body, created_at)
                SELECT ?, id, ?, NOW() FROM account WHERE email = ?""", reflection, payload("feedback", true), consultant);
        db.update("""
                INSERT INTO access_log (accessed_at, reader_id, subject_id, kind, what)
                SELECT NOW(), l.id, t.id, 'STAFF_RECORD', ? FROM account l, account t WHERE l.email = ? AND t.email = ?""",
                payload("log", true), leader, teacher);
        db.update("""
                INSERT INTO teaching_competence (account_id, subject_id, basis, note, assessed_by, assessed_at)
                SELECT t.id, (SELECT MIN(id) FROM subject), 'EQUIVALENT', ?, l.id, NOW() FROM account t, account l
                WHERE t.email = ? AND l.email = ?""", payload("competence", true), teacher, leader);
        long teacherId = ((Number) db.value("SELECT id FROM account WHERE email = ?", teacher)).longValue();
        String admin = db.account("Admin XSS", null, "ADMIN");
        String finance = db.account("Økonomi XSS", null, "FINANCE");

        String code = "?code=" + course.code();
        Map<String, List<String>> pages = new TreeMap<>(Map.of(
                "", List.of("/index.xhtml", "/catalog/course.xhtml" + code, "/catalog/course.xhtml?code=" + cancelled.code(),
                        "/catalog/offers.xhtml", "/catalog/offer.xhtml?id=" + offer, "/catalog/stories.xhtml",
                        "/catalog/story.xhtml?id=" + story),
                teacher, List.of("/participant/my-courses.xhtml", "/participant/my-learning.xhtml",
                        "/participant/reflections.xhtml", "/participant/reflection.xhtml?module=" + course.moduleId(),
                        "/participant/my-goals.xhtml", "/participant/evaluation.xhtml" + code, "/notifications.xhtml",
                        "/my-data.xhtml", "/reflection/course.xhtml" + code, "/participant/bookings.xhtml",
                        "/participant/stories.xhtml", "/participant/story.xhtml?id=" + story),
                leader, List.of("/leader/my-staff.xhtml", "/leader/staff-member.xhtml?id=" + teacherId,
                        "/leader/reflections.xhtml", "/leader/approvals.xhtml", "/leader/coverage.xhtml",
                        "/leader/coverage-plan.xhtml", "/leader/coverage-teaching.xhtml", "/leader/coverage-competences.xhtml",
                        "/reflection/read.xhtml?id=" + reflection, "/leader/follow-ups.xhtml", "/leader/bookings.xhtml"),
                consultant, List.of("/consultant/course-planning.xhtml", "/consultant/course-edit.xhtml" + code,
                        "/consultant/course-edit.xhtml?code=" + cancelled.code(),
                        "/consultant/course-programme.xhtml" + code, "/consultant/course-enrolments.xhtml" + code,
                        "/consultant/course-partners.xhtml" + code, "/consultant/partners.xhtml",
                        "/consultant/partner.xhtml?id=" + partner, "/consultant/rooms.xhtml", "/consultant/themes.xhtml",
                        "/consultant/reports.xhtml", "/consultant/course-evaluation.xhtml" + code,
                        "/consultant/course-follow-up.xhtml" + code, "/consultant/follow-ups.xhtml",
                        "/reflection/course.xhtml" + code, "/reflection/read.xhtml?id=" + reflection,
                        "/attendance/register.xhtml" + code, "/consultant/stories.xhtml", "/catalog/story.xhtml?id=" + story),
                contact, List.of("/partner/my-partnerships.xhtml", "/partner/evaluation.xhtml" + code, "/partner/offers.xhtml",
                        "/partner/offer.xhtml?id=" + offer, "/partner/offer-requests.xhtml", "/partner/stories.xhtml",
                        "/catalog/story.xhtml?id=" + story),
                admin, List.of("/admin/accounts.xhtml", "/admin/institution.xhtml?id=" + school),
                finance, List.of("/finance/billing.xhtml", "/finance/invoices.xhtml", "/finance/invoice.xhtml?id=" + invoice)));

        List<String> found = new ArrayList<>();
        Set<String> shown = new TreeSet<>();
        for (Map.Entry<String, List<String>> who : pages.entrySet()) {
            WebClient client = who.getKey().isEmpty() ? WebClient.anonymous() : WebClient.loggedIn(who.getKey());
            for (String language : List.of("da", "en")) {
                client.get("/index.xhtml?lang=" + language);
                for (String page : who.getValue()) {
                    HttpResponse<String> response = client.get(page);
                    if (response.statusCode() >= 500) {
                        found.add(page + " (" + language + "): status " + response.statusCode());
                    }
                    ESCAPED.matcher(response.body()).results().forEach(match -> shown.add(match.group(1)));
                    Matcher raw = RAW.matcher(response.body());
                    while (raw.find()) {
                        found.add(page + " (" + language + "): " + raw.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "payloads that came back unescaped");
        assertEquals(Set.of(), SHOWN_SOMEWHERE.stream().filter(tag -> !shown.contains(tag)).collect(Collectors.toSet()),
                "fields these pages show, shown escaped: " + shown);
    }

    /**
     * The teacher's public story about the course naming the partner, who consented; with a picture and
     * a line in the moderation log (shown again, so everyone still reads it).
     */
    private long storyTold(TestDatabase.Course course, long partner, String teacher, String contact, String consultant) {
        db.update("""
                INSERT INTO practice_story (author_id, course_id, theme_id, municipality_id, age_group, title, did, learned,
                    audience, published_at, created_at, updated_at)
                SELECT a.id, c.id, c.theme_id, (SELECT MIN(id) FROM municipality), 'GRADES_4_6', ?, ?, ?, 'PUBLIC', NOW(), NOW(),
                    NOW() FROM account a, course c WHERE a.email = ? AND c.id = ?""",
                payload("story.title", true), payload("story.did", true), payload("story.learned", true), teacher, course.id());
        long story = ((Number) db.value("SELECT MAX(id) FROM practice_story WHERE course_id = ?", course.id())).longValue();
        db.update("""
                INSERT INTO story_consent (story_id, partner_organisation_id, status, decided_by_id, decided_at)
                SELECT ?, ?, 'GIVEN', id, NOW() FROM account WHERE email = ?""", story, partner, contact);
        db.update("UPDATE account SET partner_organisation_id = ? WHERE email = ?", partner, contact);
        db.update("""
                INSERT INTO story_picture (story_id, media_type, width, height, alt_text, content, added_at)
                VALUES (?, 'image/png', 1, 1, ?, UNHEX(?), NOW())""", story, payload("story.alt", true), TestDatabase.PNG);
        db.update("""
                INSERT INTO story_moderation (story_id, moderator_id, action, reason, taken_at)
                SELECT ?, id, 'SHOW', ?, NOW() FROM account WHERE email = ?""", story, payload("story.reason", true), consultant);
        return story;
    }

    /** A published offer of the partner, in the course's theme, that the teacher requested for a class. */
    private long offerRequested(long partner, long school, String teacher) {
        db.update("""
                INSERT INTO partner_offer (partner_organisation_id, contact_id, theme_id, municipality_id, title_da, title_en,
                                           description_da, description_en, place, comes_to_you, price, published)
                SELECT ?, (SELECT MAX(id) FROM partner_contact WHERE partner_organisation_id = ?),
                       (SELECT id FROM theme WHERE code = 'test-theme'), i.municipality_id, ?, ?, ?, ?, ?, TRUE, 0, TRUE
                FROM institution i WHERE i.id = ?""", partner, partner, payload("offer.da", true), payload("offer.en", true),
                payload("offerdesc.da", true), payload("offerdesc.en", true), payload("offerplace", true), school);
        long offer = ((Number) db.value("SELECT MAX(id) FROM partner_offer WHERE partner_organisation_id = ?", partner)).longValue();
        db.update("INSERT INTO partner_offer_age_group (offer_id, age_group) VALUES (?, 'GRADES_0_3')", offer);
        db.update("INSERT INTO offer_period (offer_id, starts_on, ends_on, capacity) VALUES (?, CURDATE() + INTERVAL 1 DAY, "
                + "CURDATE() + INTERVAL 30 DAY, 3)", offer);
        db.update("""
                INSERT INTO offer_request (period_id, requested_by_id, institution_id, class_label, age_group, pupils, starts_at,
                                           ends_at, message, status, requested_at)
                SELECT p.id, a.id, ?, ?, 'GRADES_0_3', 20, CURDATE() + INTERVAL 5 DAY + INTERVAL 9 HOUR,
                       CURDATE() + INTERVAL 5 DAY + INTERVAL 10 HOUR, ?, 'REQUESTED', NOW()
                FROM offer_period p, account a WHERE p.offer_id = ? AND a.email = ?""", school, payload("class", false),
                payload("reqmsg", true), offer, teacher);
        db.update("""
                INSERT INTO offer_request_step (request_id, actor_id, taken_at, status, starts_at, ends_at, message)
                SELECT r.id, r.requested_by_id, NOW(), 'REQUESTED', r.starts_at, r.ends_at, ?
                FROM offer_request r JOIN offer_period p ON p.id = r.period_id WHERE p.offer_id = ?""",
                payload("stepmsg", true), offer);
        return offer;
    }

    /** An opened follow-up whose one question and three answers carry payloads (shown from three answers on). */
    private void followUpAnswered(TestDatabase.Course course, long school) {
        db.enrol(course, db.account("Tredje XSS", school, "PARTICIPANT"), "COMPLETED");
        db.update("INSERT INTO follow_up (course_id, weeks_after, opened_on) VALUES (?, 12, CURDATE())", course.id());
        db.update("""
                INSERT INTO follow_up_question (follow_up_id, audience, position, kind, text_da, text_en)
                SELECT id, 'PARTICIPANT', 1, 'TEXT', ?, ? FROM follow_up WHERE course_id = ?""",
                payload("fq.da", true), payload("fq.en", true), course.id());
        db.update("""
                INSERT INTO follow_up_response (follow_up_id, enrolment_id, respondent, author_id, answered_on, partnership)
                SELECT f.id, e.id, 'PARTICIPANT', e.account_id, CURDATE(), 'NEW'
                FROM follow_up f JOIN enrolment e ON e.course_id = f.course_id WHERE f.course_id = ?""", course.id());
        db.update("""
                INSERT INTO follow_up_answer (response_id, question_id, comment)
                SELECT r.id, q.id, ? FROM follow_up_response r JOIN follow_up_question q ON q.follow_up_id = r.follow_up_id
                JOIN follow_up f ON f.id = r.follow_up_id WHERE f.course_id = ?""", payload("fanswer", true), course.id());
    }

    /**
     * An invoice as a run leaves it, written straight into the tables with the next number of the
     * series (so the series stays without gaps): the payer's name and reference and the line's
     * participant and reference carry payloads.
     */
    private long issuedInvoice(TestDatabase.Course course, long school, String participant) {
        db.update("INSERT INTO billing_run (issued_at, invoices, credit_notes, lines_total) VALUES (NOW(), 1, 0, 1)");
        db.update("UPDATE invoice_counter SET last_number = last_number + 1");
        db.update("""
                INSERT INTO invoice (number, kind, format, run_id, course_id, payer_id, buyer_ean, buyer_name,
                                     buyer_reference, issue_date, due_date, total, document)
                SELECT last_number, 'INVOICE', 'PEPPOL', (SELECT MAX(id) FROM billing_run), ?, ?, '5798000416604', ?, ?,
                       CURDATE(), CURDATE() + INTERVAL 30 DAY, 100.00, '<Invoice/>' FROM invoice_counter""",
                course.id(), school, payload("buyer", true), payload("buyerref", false));
        long invoice = ((Number) db.value("SELECT id FROM invoice WHERE course_id = ?", course.id())).longValue();
        db.update("""
                INSERT INTO invoice_line (invoice_id, position, kind, enrolment_id, basis, participant_name, reference, amount)
                SELECT ?, 1, 'INVOICE', e.id, 'SEATED', ?, ?, 100.00
                FROM enrolment e JOIN account a ON a.id = e.account_id WHERE e.course_id = ? AND a.email = ?""",
                invoice, payload("lineperson", true), payload("lineref", false), course.id(), participant);
        return invoice;
    }
}
