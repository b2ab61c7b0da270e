package dk.samspil.notification.control;

import dk.samspil.people.control.AccountMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends mails about an account (a link to set a password or to verify an address) on their own
 * thread, so that a page that must not tell whether an address has an account answers in the same
 * time either way (the SMTP conversation would otherwise tell). The people capability asks for a
 * mail by firing an {@link AccountMail} event; it is sent only once that transaction has committed.
 */
@Stateless
@PermitAll
public class AccountMails {

    @Inject
    Mailer mailer;

    @Asynchronous
    public void send(AccountMail mail) {
        mailer.sendAccountMail(mail.email(), mail.name(), mail.language(), mail.key(), mail.arguments());
    }

    /** Hands each committed {@link AccountMail} to {@link AccountMails}, on its own thread. */
    @ApplicationScoped
    public static class Outbox {

        @Inject
        AccountMails mails;

        void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMail mail) {
            mails.send(mail);
        }
    }
}
