package dk.samspil.people.control;

import dk.samspil.people.entity.AccessKind;
import dk.samspil.people.entity.AccessLogEntry;
import dk.samspil.people.entity.Account;
import dk.samspil.shared.DanishTime;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import static dk.samspil.shared.SecurityLog.SECURITY;

/**
 * Writes down that someone read or exported another person's data (ASVS V7.2 / GDPR art. 15:
 * the person can see who looked). Reading one's own data is not logged. Part of the reading
 * transaction: a read that fails leaves no entry, and an entry that cannot be written fails the read.
 */
@Dependent
public class AccessLog {

    /** Rows per INSERT when an export names many people at once. */
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    public void read(Account reader, Account subject, AccessKind kind, String what) {
        if (!reader.getId().equals(subject.getId())) {
            em.persist(new AccessLogEntry(reader, subject, kind, what, DanishTime.now()));
        }
    }

    /** One entry per person in an export (one statement per {@value #BATCH} people). */
    public void exported(Account reader, Collection<Long> subjectIds, AccessKind kind, String what) {
        List<Long> others = subjectIds.stream().distinct().filter(id -> !id.equals(reader.getId())).toList();
        SECURITY.log(System.Logger.Level.INFO, "{0} exported the data of {1} people ({2}: {3})", reader.getEmail(),
                others.size(), kind, what);
        LocalDateTime now = DanishTime.now();
        String text = AccessLogEntry.clip(what);
        for (int from = 0; from < others.size(); from += BATCH) {
            List<Long> batch = others.subList(from, Math.min(others.size(), from + BATCH));
            var insert = em.createNativeQuery("INSERT INTO access_log (accessed_at, reader_id, subject_id, kind, what) VALUES "
                    + String.join(", ", Collections.nCopies(batch.size(), "(?, ?, ?, ?, ?)")));
            int p = 1;
            for (Long subject : batch) {
                insert.setParameter(p++, now).setParameter(p++, reader.getId()).setParameter(p++, subject)
                        .setParameter(p++, kind.name()).setParameter(p++, text);
            }
            insert.executeUpdate();
        }
    }
}
