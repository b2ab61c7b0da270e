package dk.samspil.it;

import dk.samspil.people.boundary.DataAccess;
import dk.samspil.shared.PersonalData;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * After erasure no declared field anywhere holds the person's name, e-mail or anything they wrote —
 * proven by scanning every text field the register declares — while the figures still add up.
 */
class ErasureIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ErasureIT.class, AsAdmin.class, AsParticipantA.class);
    }

    @Inject
    DataAccess access;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsParticipantA asParticipant;

    @PersistenceContext
    EntityManager em;

    @Test
    void noDeclaredFieldKeepsTheErasedPersonsNameAddressOrWords() throws Exception {
        db.login(TestPeople.ADMIN, "ADMIN");
        String marker = "Hemmelig-" + TestDatabase.unique();
        String name = "Navn-" + TestDatabase.unique();
        String email = db.account(name, db.institution("Sletteskolen"), "PARTICIPANT");
        var course = db.course("PUBLISHED", 10);
        db.enrol(course, email, "CONFIRMED");
        db.update("UPDATE enrolment e JOIN account a ON a.id = e.account_id SET e.motivation = ? WHERE a.email = ?",
                marker + " motivation", email);
        db.update("""
                INSERT INTO reflection (author_id, module_id, body, status, created_at, updated_at, submitted_at)
                SELECT id, ?, ?, 'SUBMITTED', NOW(), NOW(), NOW() FROM account WHERE email = ?""",
                course.moduleId(), "<p>" + marker + " refleksion</p>", email);
        db.update("""
                INSERT INTO reflection_version (reflection_id, number, body, submitted_at)
                SELECT r.id, 1, r.body, NOW() FROM reflection r JOIN account a ON a.id = r.author_id WHERE a.email = ?""",
                email);
        db.update("""
                INSERT INTO development_goal (account_id, text, status, agreed_by, agreed_at)
                SELECT id, ?, 'OPEN', id, NOW() FROM account WHERE email = ?""", marker + " mål", email);
        db.update("""
                INSERT INTO goal_comment (goal_id, author_id, body, created_at)
                SELECT g.id, g.account_id, ?, NOW() FROM development_goal g JOIN account a ON a.id = g.account_id
                WHERE a.email = ?""", marker + " kommentar", email);
        db.update("""
                INSERT INTO notification (recipient_id, kind, course_id, detail) SELECT id, 'CONFIRMED', ?, ?
                FROM account WHERE email = ?""", course.id(), marker + " " + name, email);
        db.update("INSERT INTO follow_up (course_id, weeks_after, opened_on) VALUES (?, 12, CURDATE())", course.id());
        db.update("""
                INSERT INTO follow_up_question (follow_up_id, audience, position, kind, text_da)
                SELECT id, 'PARTICIPANT', 1, 'TEXT', 'Hvad har du afprøvet?' FROM follow_up WHERE course_id = ?""", course.id());
        db.update("""
                INSERT INTO follow_up_response (follow_up_id, enrolment_id, respondent, author_id, answered_on, partnership)
                SELECT f.id, e.id, 'PARTICIPANT', e.account_id, CURDATE(), 'NEW' FROM follow_up f
                JOIN enrolment e ON e.course_id = f.course_id JOIN account a ON a.id = e.account_id
                WHERE f.course_id = ? AND a.email = ?""", course.id(), email);
        db.update("""
                INSERT INTO follow_up_answer (response_id, question_id, comment)
                SELECT r.id, q.id, ? FROM follow_up_response r JOIN follow_up_question q ON q.follow_up_id = r.follow_up_id
                JOIN follow_up f ON f.id = r.follow_up_id WHERE f.course_id = ?""", marker + " opfølgning", course.id());
        String leader = db.account("Leder Lærke", null, "LEADER");
        db.update("""
                INSERT INTO notification (recipient_id, kind, course_id, detail) SELECT id, 'APPROVAL_REQUESTED', ?, ?
                FROM account WHERE email = ?""", course.id(), name + " (" + email + ") ønsker at deltage", leader);
        db.update("""
                INSERT INTO notification (recipient_id, kind, course_id, detail) SELECT id, 'REMINDER', ?, ?
                FROM account WHERE email = ?""", course.id(), "hilsen fra " + name.toLowerCase(), leader);
        offerRequested(email, marker, name);
        storyTold(email, leader, course, marker, name);
        long seatedBefore = seated(course);

        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> {
            access.erase(email);
            return null;
        }));
        asAdmin.call(() -> {
            access.erase(email);
            return null;
        });

        assertEquals(List.of(), leftovers(List.of(marker, name, email)));
        assertEquals(seatedBefore, seated(course), "the course's figures still add up");
        assertEquals("Vi læste sammen med [slettet] hver tirsdag.", db.value("""
                SELECT s.did FROM practice_story s JOIN account a ON a.id = s.author_id WHERE a.email = ?""", leader),
                "a story that named them keeps its text but not their name");
        assertEquals("[slettet] ([slettet]) ønsker at deltage", db.value("""
                SELECT n.detail FROM notification n JOIN account a ON a.id = n.recipient_id
                WHERE a.email = ? AND n.kind = 'APPROVAL_REQUESTED'""", leader), "the leader's notice no longer names them");
    }

    @Test
    void twoErasedContactsOfOnePartnerOrganisationBothLoseTheirAddress() throws Exception {
        db.login(TestPeople.ADMIN, "ADMIN");
        long partner = ((Number) db.value("SELECT MAX(id) FROM partner_organisation WHERE name = ?",
                db.partner(db.course("PUBLISHED", 10), "HOST"))).longValue();
        List<String> contacts = List.of(db.account("Kontakt Et", null, "PARTNER"), db.account("Kontakt To", null, "PARTNER"));
        for (String contact : contacts) {
            db.update("""
                    INSERT INTO partner_contact (partner_organisation_id, name, email, account_id)
                    SELECT ?, display_name, email, id FROM account WHERE email = ?""", partner, contact);
        }
        for (String contact : contacts) {
            asAdmin.call(() -> {
                access.erase(contact);
                return null;
            });
        }
        assertEquals(List.of(), leftovers(contacts));
        assertEquals(2L, db.value("SELECT COUNT(DISTINCT email) FROM partner_contact WHERE partner_organisation_id = ?", partner));
    }

    /** The person's own published story with a picture, and the leader's story that names them. */
    private void storyTold(String email, String leader, TestDatabase.Course course, String marker, String name) {
        for (String[] story : List.of(new String[] {email, marker + " titel", marker + " gjorde", marker + " lærte"},
                new String[] {leader, "Læsevenner", "Vi læste sammen med " + name + " hver tirsdag.", "Eleverne læser mere."})) {
            db.update("""
                    INSERT INTO practice_story (author_id, course_id, theme_id, municipality_id, age_group, title, did, learned,
                        audience, published_at, created_at, updated_at)
                    SELECT a.id, c.id, c.theme_id, (SELECT MIN(id) FROM municipality), 'GRADES_0_3', ?, ?, ?, 'PUBLIC', NOW(),
                        NOW(), NOW() FROM account a, course c WHERE a.email = ? AND c.id = ?""",
                    story[1], story[2], story[3], story[0], course.id());
        }
        db.update("""
                INSERT INTO story_picture (story_id, media_type, width, height, alt_text, content, added_at)
                SELECT s.id, 'image/png', 1, 1, ?, UNHEX(?), NOW() FROM practice_story s JOIN account a ON a.id = s.author_id
                WHERE a.email = ?""", marker + " billede", TestDatabase.PNG, email);
    }

    /** A request for a partner's offer with the person's note, and the partner's answer naming them. */
    private void offerRequested(String email, String marker, String name) {
        long partner = ((Number) db.value("SELECT MAX(id) FROM partner_organisation WHERE name = ?",
                db.partner(db.course("PUBLISHED", 10), "HOST"))).longValue();
        db.update("INSERT INTO partner_contact (partner_organisation_id, name, email) VALUES (?, 'Kontakt Kaj', ?)",
                partner, "kaj-" + TestDatabase.unique() + "@test.example");
        db.update("""
                INSERT INTO partner_offer (partner_organisation_id, contact_id, theme_id, municipality_id, title_da,
                                           description_da, comes_to_you, published)
                SELECT ?, MAX(c.id), (SELECT MIN(id) FROM theme), (SELECT MIN(id) FROM municipality), 'Besøg', 'Et besøg',
                       TRUE, TRUE FROM partner_contact c WHERE c.partner_organisation_id = ?""", partner, partner);
        db.update("""
                INSERT INTO offer_period (offer_id, starts_on, ends_on, capacity)
                SELECT MAX(id), CURDATE(), CURDATE() + INTERVAL 30 DAY, 2 FROM partner_offer WHERE partner_organisation_id = ?""",
                partner);
        db.update("""
                INSERT INTO offer_request (period_id, requested_by_id, institution_id, class_label, age_group, pupils,
                                           starts_at, ends_at, message, status, requested_at)
                SELECT p.id, a.id, a.institution_id, '1.A', 'GRADES_0_3', 20, CURDATE() + INTERVAL 2 DAY + INTERVAL 9 HOUR,
                       CURDATE() + INTERVAL 2 DAY + INTERVAL 10 HOUR, ?, 'DECLINED', NOW()
                FROM offer_period p JOIN partner_offer o ON o.id = p.offer_id, account a
                WHERE o.partner_organisation_id = ? AND a.email = ?""", marker + " forespørgsel", partner, email);
        db.update("""
                INSERT INTO offer_request_step (request_id, actor_id, taken_at, status, starts_at, ends_at, message)
                SELECT r.id, r.requested_by_id, NOW(), 'REQUESTED', r.starts_at, r.ends_at, r.message FROM offer_request r
                JOIN account a ON a.id = r.requested_by_id WHERE a.email = ?
                UNION ALL
                SELECT r.id, (SELECT MIN(id) FROM account), NOW(), 'DECLINED', r.starts_at, r.ends_at, CONCAT('Beklager, ', ?)
                FROM offer_request r JOIN account a ON a.id = r.requested_by_id WHERE a.email = ?""", email, name, email);
    }

    private long seated(TestDatabase.Course course) {
        return ((Number) db.value("SELECT COUNT(*) FROM enrolment WHERE course_id = ? AND status = 'CONFIRMED'",
                course.id())).longValue();
    }

    /** Every declared text field of every entity, searched for each needle. */
    private List<String> leftovers(List<String> needles) {
        List<String> found = new ArrayList<>();
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            for (Field field : type.getJavaType().getDeclaredFields()) {
                if (field.isAnnotationPresent(PersonalData.class) && field.getType() == String.class) {
                    for (String needle : needles) {
                        long hits = em.createQuery("SELECT COUNT(e) FROM " + type.getName() + " e WHERE e."
                                        + field.getName() + " LIKE :needle", Long.class)
                                .setParameter("needle", "%" + needle + "%")
                                .getSingleResult();
                        if (hits > 0) {
                            found.add(type.getName() + "." + field.getName() + " holds " + needle);
                        }
                    }
                }
            }
        }
        return found;
    }
}
