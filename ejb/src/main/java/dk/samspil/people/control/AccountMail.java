package dk.samspil.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.io.Serializable;

/**
 * A mail about an account, asked for inside a transaction by firing this event: it leaves only if the
 * transaction commits, so a refused change never mails a link to an account that does not exist.
 * {@code key} names the texts {@code mail.<key>.subject} and {@code mail.<key>.body}.
 */
public record AccountMail(String email, String name, String language, String key, Object... arguments)
        implements Serializable {

    /** Hands each committed mail to {@link AccountMails}. */
    @ApplicationScoped
    public static class Outbox {

        @Inject
        AccountMails mails;

        void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMail mail) {
            mails.send(mail);
        }
    }
}
