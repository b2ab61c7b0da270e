package dk.samspil.it;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Makes each test's own rows in the test database with plain SQL, every name and code unique to
 * the test, so tests never depend on each other or on demo data.
 */
public final class TestDatabase {

    public static final String PASSWORD = "test-password-2026";
    /** A whole 1 × 1 PNG picture, in hexadecimal (for UNHEX in an INSERT). */
    public static final String PNG = "89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C489"
            + "0000000D49444154789C6300010000000500010D0A2DB40000000049454E44AE426082";
    private static final String PASSWORD_HASH = hash(PASSWORD);

    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** A course as created: its code and its titles in both languages. */
    public record Course(long id, String code, String titleDa, String titleEn, long moduleId) {
    }

    private final ConnectionSource connections;

    public TestDatabase(ConnectionSource connections) {
        this.connections = connections;
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public long institution(String name) {
        long municipality = idOf("SELECT id FROM municipality WHERE code = '999'",
                "INSERT INTO municipality (code, name) VALUES ('999', 'Testkommune')");
        return insert("INSERT INTO institution (municipality_id, name, kind) VALUES (?, ?, 'SCHOOL')",
                municipality, name + " " + unique());
    }

    /** An account with the given roles and {@link #PASSWORD}; returns its e-mail address. */
    public String account(String displayName, Long institutionId, String... roles) {
        String email = "t-" + unique() + "@test.example";
        createAccount(email, displayName, institutionId, roles);
        return email;
    }

    private long createAccount(String email, String displayName, Long institutionId, String... roles) {
        long id = insert("""
                INSERT INTO account (email, display_name, password_hash, job_function, institution_id)
                VALUES (?, ?, ?, 'TEACHER', ?)""", email, displayName, PASSWORD_HASH, institutionId);
        for (String role : roles) {
            insert("INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role);
        }
        return id;
    }

    /** The account behind a fixed test login, made once and kept; returns its id. */
    public long login(String email, String role) {
        long id = idOf("SELECT id FROM account WHERE email = '" + email + "'", """
                INSERT INTO account (email, display_name, password_hash, job_function)
                VALUES ('%s', 'Test %s', '%s', 'OTHER')""".formatted(email, role, PASSWORD_HASH));
        insert("INSERT IGNORE INTO account_role (account_id, role) VALUES (?, ?)", id, role);
        return id;
    }

    /** The fixed participant login, now working at the given institution. */
    public void employ(String email, long institutionId) {
        insert("UPDATE account SET institution_id = ? WHERE id = ?", institutionId, login(email, "PARTICIPANT"));
    }

    /** The fixed leader login, now leading the given institution (and whatever it led before). */
    public void leadAs(String email, long institutionId) {
        long leader = login(email, "LEADER");
        insert("INSERT IGNORE INTO leader_institution (account_id, institution_id) VALUES (?, ?)", leader, institutionId);
    }

    public void requireApproval(long institutionId) {
        insert("UPDATE institution SET approval_required = TRUE WHERE id = ?", institutionId);
    }

    /** Any change a test needs that has no helper of its own. */
    public void update(String sql, Object... parameters) {
        insert(sql, parameters);
    }

    /** Sets any course columns, e.g. {@code set(course, "registration_deadline = CURDATE() - INTERVAL 1 DAY")}. */
    public void set(Course course, String assignments) {
        insert("UPDATE course SET " + assignments + " WHERE id = ?", course.id());
    }

    /** A fresh partner organisation that the fixed partner login now represents; returns the organisation's id. */
    public long partnerLogin(String email) {
        long partner = insert("INSERT INTO partner_organisation (name, kind) VALUES (?, 'ASSOCIATION')",
                "Testforening " + unique());
        insert("UPDATE account SET partner_organisation_id = ? WHERE id = ?", partner, login(email, "PARTNER"));
        return partner;
    }

    /** Links a partner organisation to a course (moduleId null) or one of its modules. */
    public void link(Course course, long partnerId, String role, Long moduleId) {
        insert("""
                INSERT INTO course_partner (course_id, module_id, partner_organisation_id, role, contribution_da)
                VALUES (?, ?, ?, ?, 'Bidrag')""", course.id(), moduleId, partnerId, role);
    }

    public void host(Course course, long partnerId) {
        insert("UPDATE course_session SET host_partner_id = ? WHERE module_id = ?", partnerId, course.moduleId());
    }

    public long room() {
        return insert("INSERT INTO room (place, name) VALUES ('Campus Test', ?)", "Lokale " + unique());
    }

    /** One value of one row, e.g. {@code value("SELECT status FROM course WHERE id = ?", id)}. */
    public Object value(String select, Object... parameters) {
        Object[] row = row(select, parameters);
        return row == null ? null : row[0];
    }

    /** The ids a query finds (its first column), e.g. to restore rows a test changes for a moment. */
    public List<Long> ids(String select, Object... parameters) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(select)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (var found = statement.executeQuery()) {
                while (found.next()) {
                    ids.add(found.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(select, e);
        }
    }

    /** The first row of a query, every column, read in one statement (so from one moment), or null. */
    public Object[] row(String select, Object... parameters) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(select)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var found = statement.executeQuery()) {
                if (!found.next()) {
                    return null;
                }
                Object[] row = new Object[found.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = found.getObject(i + 1);
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(select, e);
        }
    }

    /** Many participants at once (one statement each for accounts and roles); returns their e-mail addresses. */
    public List<String> participants(int count) {
        String batch = unique();
        List<String> emails = new ArrayList<>();
        StringBuilder accounts = new StringBuilder(
                "INSERT INTO account (email, display_name, password_hash, job_function) VALUES ");
        for (int i = 0; i < count; i++) {
            String email = "p" + i + "-" + batch + "@test.example";
            emails.add(email);
            accounts.append(i == 0 ? "" : ", ").append("('").append(email).append("', 'Deltager ").append(i)
                    .append("', '").append(PASSWORD_HASH).append("', 'TEACHER')");
        }
        insert(accounts.toString());
        insert("INSERT INTO account_role (account_id, role) SELECT id, 'PARTICIPANT' FROM account WHERE email LIKE ?",
                "%-" + batch + "@test.example");
        return emails;
    }

    /** Seats and waiting-list places of a course, as a consultant would set them. */
    public void capacity(Course course, int seats, int waitingList) {
        insert("UPDATE course SET max_participants = ?, waiting_list_capacity = ? WHERE id = ?",
                seats, waitingList, course.id());
    }

    public void lead(String leaderEmail, long institutionId) {
        insert("INSERT INTO leader_institution (account_id, institution_id) SELECT id, ? FROM account WHERE email = ?",
                institutionId, leaderEmail);
    }

    public void deactivate(String email) {
        insert("UPDATE account SET active = FALSE WHERE email = ?", email);
    }

    public Course course(String status, int maxParticipants) {
        return course(status, maxParticipants, "test-theme", LocalDate.now().plusDays(30));
    }

    /** A theme of its own lets a test filter the catalogue down to exactly its own courses. */
    public String theme() {
        String code = "t-" + unique();
        insert("INSERT INTO theme (code, name_da, name_en) VALUES (?, ?, ?)", code, "Tema " + code, "Theme " + code);
        return code;
    }

    public void addressTo(Course course, String... targetGroups) {
        for (String group : targetGroups) {
            insert("INSERT INTO course_target_group (course_id, target_group) VALUES (?, ?)", course.id(), group);
        }
    }

    /** A course of the given theme whose one session is on {@code sessionDay}. */
    public Course course(String status, int maxParticipants, String themeCode, LocalDate sessionDay) {
        String suffix = unique();
        long theme = idOf("SELECT id FROM theme WHERE code = '" + themeCode.replace("'", "") + "'",
                "INSERT INTO theme (code, name_da, name_en) VALUES ('" + themeCode.replace("'", "")
                        + "', 'Testtema', 'Test theme')");
        long consultant = createAccount("c-" + suffix + "@test.example", "Konsulent " + suffix, null, "CONSULTANT");
        String code = "T-" + suffix;
        String titleDa = "Åben skole og foreninger " + suffix;
        String titleEn = "Open school and clubs " + suffix;
        long course = insert("""
                INSERT INTO course (code, title_da, title_en, description_da, description_en, theme_id, ects, status,
                                    place, registration_deadline, period_start, period_end, min_participants,
                                    max_participants, consultant_id)
                VALUES (?, ?, ?, 'Beskrivelse på dansk', 'Description in English', ?, 5, ?, 'Campus Test', ?, ?, ?, 1, ?,
                        ?)""",
                code, titleDa, titleEn, theme, status, LocalDate.now().plusDays(20), sessionDay, sessionDay,
                maxParticipants, consultant);
        long module = insert("""
                INSERT INTO course_module (course_id, position, title_da, title_en, objectives_da)
                VALUES (?, 1, ?, ?, 'Læringsmål for modulet')""", course, "Modul ét " + suffix, "Module one " + suffix);
        LocalDateTime start = sessionDay.atTime(9, 0);
        long room = insert("INSERT INTO room (place, name) VALUES ('Campus Test', ?)", "Lokale " + suffix);
        insert("INSERT INTO course_session (module_id, starts_at, ends_at, room_id) VALUES (?, ?, ?, ?)",
                module, start, start.plusHours(6), room);
        insert("UPDATE course SET first_session_at = ?, last_session_at = ? WHERE id = ?",
                start, start.plusHours(6), course);
        return new Course(course, code, titleDa, titleEn, module);
    }

    public String partner(Course course, String role) {
        String name = "Testforeningen " + unique();
        long partner = insert("INSERT INTO partner_organisation (name, kind) VALUES (?, 'ASSOCIATION')", name);
        insert("""
                INSERT INTO course_partner (course_id, partner_organisation_id, role, contribution_da, contribution_en)
                VALUES (?, ?, ?, 'Lægger hus til', 'Hosts the session')""", course.id(), partner, role);
        return name;
    }

    /** An enrolment in the given status; a waitlisted one goes to the end of the line. */
    public void enrol(Course course, String email, String status) {
        insert("""
                INSERT INTO enrolment (course_id, account_id, status, waitlist_rank, offer_expires_at)
                SELECT ?, a.id, ?, IF(? = 'WAITLISTED', (SELECT COALESCE(MAX(waitlist_rank), 0) + 1 FROM enrolment
                                                          WHERE course_id = ?), NULL),
                       IF(? = 'OFFERED', NOW() + INTERVAL 2 DAY, NULL)
                FROM account a WHERE a.email = ?""", course.id(), status, status, course.id(), status, email);
    }

    private long idOf(String select, String insertIfMissing) {
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            try (var found = statement.executeQuery(select)) {
                if (!found.next()) {
                    statement.executeUpdate(insertIfMissing.replace("INSERT INTO", "INSERT IGNORE INTO"));
                }
            }
            try (var found = statement.executeQuery(select)) {
                found.next();
                return found.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... parameters) {
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The same format and strength as the application's PasswordHashing (Soteria's PBKDF2 format). */
    private static String hash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 600_000, 256))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:600000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
