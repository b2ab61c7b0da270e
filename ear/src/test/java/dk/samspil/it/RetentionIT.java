package dk.samspil.it;

import dk.samspil.people.boundary.RetentionRefusedException;
import dk.samspil.people.boundary.RetentionRow;
import dk.samspil.people.boundary.Retentions;
import dk.samspil.people.entity.RetentionKind;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention removes exactly what is past each kind's period: the dry run counts it and changes
 * nothing, the run removes it (an inactive account is anonymised, not deleted) and records itself.
 */
class RetentionIT extends InContainerTest {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(RetentionIT.class, AsAdmin.class, AsParticipantA.class);
    }

    @Inject
    Retentions retentions;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsParticipantA asParticipant;

    @BeforeEach
    @AfterEach
    void defaultPeriods() throws Exception {
        db.login(TestPeople.ADMIN, "ADMIN");
        asAdmin.call(() -> {
            retentions.keep(RetentionKind.REFLECTIONS, 36);
            retentions.keep(RetentionKind.NOTIFICATIONS, 12);
            retentions.keep(RetentionKind.ACCESS_LOG, 24);
            retentions.keep(RetentionKind.INACTIVE_ACCOUNTS, 24);
            retentions.keep(RetentionKind.SECURITY_RECORDS, 1);
            retentions.keep(RetentionKind.UNVERIFIED_REGISTRATIONS, 1);
            return null;
        });
    }

    private long count(String sql, Object... parameters) {
        return ((Number) db.value(sql, parameters)).longValue();
    }

    private long reflection(TestDatabase.Course course, String author, String body) {
        db.update("""
                INSERT INTO reflection (author_id, module_id, body, status, created_at, updated_at)
                SELECT id, ?, ?, 'DRAFT', NOW(), NOW() FROM account WHERE email = ?""", course.moduleId(), body, author);
        return ((Number) db.value("SELECT id FROM reflection WHERE body = ?", body)).longValue();
    }

    private void notification(String email, int monthsAgo, String detail) {
        db.update("""
                INSERT INTO notification (recipient_id, kind, detail, created_at, mailed_at)
                SELECT id, 'REMINDER', ?, NOW() - INTERVAL ? MONTH, NOW() FROM account WHERE email = ?""",
                detail, monthsAgo, email);
    }

    private long due(RetentionKind kind) throws Exception {
        return asAdmin.call(() -> retentions.dryRun()).stream().filter(row -> row.kind() == kind)
                .mapToLong(RetentionRow::rows).sum();
    }

    @Test
    void theDryRunCountsWhatIsPastItsPeriodAndTheRunRemovesExactlyThat() throws Exception {
        String teacher = db.account("Gammel Refleksion", null, "PARTICIPANT");
        var oldCourse = db.course("COMPLETED", 10);
        db.set(oldCourse, "first_session_at = NOW() - INTERVAL 40 MONTH, last_session_at = NOW() - INTERVAL 37 MONTH");
        var recentCourse = db.course("COMPLETED", 10);
        db.set(recentCourse, "first_session_at = NOW() - INTERVAL 36 MONTH, last_session_at = NOW() - INTERVAL 35 MONTH");
        String marker = "retention-" + TestDatabase.unique();
        long old = reflection(oldCourse, teacher, marker + "-old");
        long recent = reflection(recentCourse, teacher, marker + "-recent");
        db.update("""
                INSERT INTO reflection_version (reflection_id, number, body, submitted_at)
                VALUES (?, 1, 'v1', NOW() - INTERVAL 37 MONTH)""", old);
        notification(teacher, 13, marker + "-old");
        notification(teacher, 11, marker + "-recent");
        String gone = db.account("Længe Væk", null, "PARTICIPANT");
        db.update("UPDATE account SET active = FALSE, deactivated_at = NOW() - INTERVAL 25 MONTH WHERE email = ?", gone);
        String away = db.account("Lige Stoppet", null, "PARTICIPANT");
        db.update("UPDATE account SET active = FALSE, deactivated_at = NOW() - INTERVAL 23 MONTH WHERE email = ?", away);

        long reflectionsDue = due(RetentionKind.REFLECTIONS);
        long accountsDue = due(RetentionKind.INACTIVE_ACCOUNTS);
        assertTrue(reflectionsDue >= 1, "the old reflection is due: " + reflectionsDue);
        assertTrue(due(RetentionKind.NOTIFICATIONS) >= 1);
        assertTrue(accountsDue >= 1);
        assertEquals(2, count("SELECT COUNT(*) FROM reflection WHERE body LIKE ?", marker + "%"), "a dry run changes nothing");
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE email = ?", gone));

        List<RetentionRow> removed = asAdmin.call(() -> retentions.enforceNow());

        assertEquals(0, count("SELECT COUNT(*) FROM reflection WHERE id = ?", old));
        assertEquals(0, count("SELECT COUNT(*) FROM reflection_version WHERE reflection_id = ?", old), "with its versions");
        assertEquals(1, count("SELECT COUNT(*) FROM reflection WHERE id = ?", recent));
        assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE detail = ?", marker + "-old"));
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE detail = ?", marker + "-recent"));
        assertEquals(0, count("SELECT COUNT(*) FROM account WHERE email = ?", gone), "anonymised: no longer under its address");
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE email = ?", away));
        assertEquals(reflectionsDue, removed.stream().filter(r -> r.kind() == RetentionKind.REFLECTIONS)
                .mapToLong(RetentionRow::rows).sum(), "the run removed what the dry run counted");
        assertEquals(0, due(RetentionKind.REFLECTIONS));
        assertEquals(0, due(RetentionKind.INACTIVE_ACCOUNTS), "an anonymised account is not due again");
        assertEquals(reflectionsDue, asAdmin.call(() -> retentions.history()).stream()
                .filter(run -> run.kind() == RetentionKind.REFLECTIONS).findFirst().orElseThrow().removed());
    }

    @Test
    void aShorterPeriodTakesEffectAndAnImpossibleOneIsRefusedWithoutChange() throws Exception {
        String reader = db.account("Læser Lund", null, "LEADER");
        String subject = db.account("Læst Lærke", null, "PARTICIPANT");
        db.update("""
                INSERT INTO access_log (accessed_at, reader_id, subject_id, kind, what)
                SELECT NOW() - INTERVAL 7 MONTH, r.id, s.id, 'STAFF_RECORD', 'Skolen' FROM account r, account s
                WHERE r.email = ? AND s.email = ?""", reader, subject);
        long before = due(RetentionKind.ACCESS_LOG);
        asAdmin.call(() -> {
            retentions.keep(RetentionKind.ACCESS_LOG, 6);
            return null;
        });
        assertTrue(due(RetentionKind.ACCESS_LOG) >= before + 1, "the entry is past a 6-month period");

        for (int months : new int[] {0, 241, -3}) {
            assertThrows(RetentionRefusedException.class, () -> asAdmin.call(() -> {
                retentions.keep(RetentionKind.ACCESS_LOG, months);
                return null;
            }));
        }
        assertEquals(6, count("SELECT keep_months FROM retention_rule WHERE kind = 'ACCESS_LOG'"));
        assertThrows(EJBAccessException.class, () -> asParticipant.call(() -> retentions.dryRun()));
    }

    @Test
    void aRegistrationNeverVerifiedIsDeletedAMonthAfterTheLastAttempt() throws Exception {
        String old = db.account("Aldrig Bekræftet", null, "PARTICIPANT");
        String retried = db.account("Prøver Igen", null, "PARTICIPANT");
        String recent = db.account("Lige Tilmeldt", null, "PARTICIPANT");
        String verified = db.account("Bekræftet Bente", null, "PARTICIPANT");
        for (String email : List.of(old, retried, recent)) {
            db.update("UPDATE account SET email_verified = FALSE WHERE email = ?", email);
        }
        db.update("UPDATE account SET created_at = NOW() - INTERVAL 2 MONTH WHERE email IN (?, ?, ?)", old, retried, verified);
        db.update("""
                INSERT INTO account_link (account_id, purpose, token_hash, created_at, expires_at)
                SELECT id, 'VERIFICATION', SHA2(UUID(), 256), NOW() - INTERVAL 2 MONTH, NOW() - INTERVAL 2 MONTH + INTERVAL 1 DAY
                FROM account WHERE email = ?""", old);
        db.update("""
                INSERT INTO account_link (account_id, purpose, token_hash, created_at, expires_at)
                SELECT id, 'VERIFICATION', SHA2(UUID(), 256), NOW() - INTERVAL 1 DAY, NOW()
                FROM account WHERE email = ?""", retried);
        assertTrue(due(RetentionKind.UNVERIFIED_REGISTRATIONS) >= 1);

        asAdmin.call(() -> retentions.enforceNow());

        assertEquals(0, count("SELECT COUNT(*) FROM account WHERE email = ?", old));
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE email = ?", retried), "registered again within the month");
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE email = ?", recent));
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE email = ?", verified), "a verified account stays");
    }
}
