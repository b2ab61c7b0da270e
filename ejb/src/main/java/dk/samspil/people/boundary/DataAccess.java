package dk.samspil.people.boundary;

import dk.samspil.people.control.AccessLog;
import dk.samspil.people.control.Callers;
import dk.samspil.people.control.PersonalDataErasure;
import dk.samspil.people.control.PersonalDataExport;
import dk.samspil.people.entity.AccessKind;
import dk.samspil.people.entity.Account;
import dk.samspil.people.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Access requests (GDPR art. 15): anyone logged in downloads what Samspil holds about them; an
 * administrator does it on a person's behalf, and erases a person (art. 17). The access log shows
 * a person (or an administrator) who else read or exported their data. Every export and erasure is
 * a security event in the log.
 */
@Stateless
@RolesAllowed({Role.PARTICIPANT_NAME, Role.LEADER_NAME, Role.CONSULTANT_NAME, Role.PARTNER_NAME, Role.ADMIN_NAME,
        Role.FINANCE_NAME})
public class DataAccess {

    static final int ACCESS_ROWS = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    PersonalDataExport export;

    @Inject
    PersonalDataErasure erasure;

    @Inject
    AccessLog accessLog;

    public byte[] myData() {
        Account me = callers.me();
        SECURITY.log(System.Logger.Level.INFO, "{0} downloaded their own data", me.getEmail());
        return export.zip(me);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public byte[] dataOf(String email) {
        Account person = byEmail(email);
        SECURITY.log(System.Logger.Level.WARNING, "{0} downloaded the data of {1}", callers.myEmail(),
                person.getEmail());
        byte[] zip = export.zip(person);
        accessLog.read(callers.me(), person, AccessKind.DATA_EXPORT, "ZIP");
        return zip;
    }

    /** Who other than the caller read or exported the caller's data, newest first (the last {@value #ACCESS_ROWS}). */
    public List<AccessRow> myAccessLog() {
        return accessLogOf(callers.me());
    }

    /** A person's access log, for an administrator answering the person's question. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AccessRow> accessLogOf(String email) {
        return accessLogOf(byEmail(email));
    }

    private List<AccessRow> accessLogOf(Account person) {
        return em.createQuery("""
                        SELECT NEW dk.samspil.people.boundary.AccessRow(l.accessedAt, r.displayName, l.kind, l.what)
                        FROM AccessLogEntry l JOIN l.reader r WHERE l.subject = :person
                        ORDER BY l.accessedAt DESC, l.id DESC""", AccessRow.class)
                .setParameter("person", person)
                .setMaxResults(ACCESS_ROWS)
                .getResultList();
    }

    /**
     * Erases a person by anonymising everything that is theirs (see {@link PersonalDataErasure});
     * an administrator's decision, never the caller's own account.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void erase(String email) {
        Account person = byEmail(email);
        if (person.getEmail().equals(callers.myEmail())) {
            throw new AccountNotFoundException(email);
        }
        SECURITY.log(System.Logger.Level.WARNING, "{0} erased the personal data of account {1}",
                callers.myEmail(), person.getId());
        erasure.erase(person);
    }

    private Account byEmail(String email) {
        return callers.byTypedEmail(email).orElseThrow(() -> new AccountNotFoundException(email));
    }
}
